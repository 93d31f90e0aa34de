package nl.kamergraaf.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The outcome of an evaluation: counts and scores per category, micro-averaged over the evaluated
 * documents, and every missed and spurious item.
 *
 * <pre>
 * System.out.print(report.toText(showErrors));
 * Files.writeString(out, report.toJson());
 * </pre>
 */
public final class Report {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<String> evaluated;
  private final List<String> skipped;
  private final Map<Category, Counts> counts;
  private final List<Finding> findings;

  Report(
      List<String> evaluated,
      List<String> skipped,
      Map<Category, Counts> counts,
      List<Finding> findings) {
    this.evaluated = List.copyOf(evaluated);
    this.skipped = List.copyOf(skipped);
    this.counts = Map.copyOf(counts);
    this.findings = List.copyOf(findings);
  }

  /** Gold documents the system had facts for, and so were scored. */
  public List<String> evaluated() {
    return evaluated;
  }

  /** Gold documents with no system facts at all; they are left out of every count. */
  public List<String> skipped() {
    return skipped;
  }

  /** The summed counts of one category. */
  public Counts counts(Category category) {
    return counts.get(category);
  }

  /** All errors, in the order they were found (document by document, category by category). */
  public List<Finding> findings() {
    return findings;
  }

  /** The errors of one category. */
  public List<Finding> findings(Category category) {
    return findings.stream().filter(f -> f.category() == category).toList();
  }

  /** The score table, and with {@code withErrors} the missed and spurious items below it. */
  public String toText(boolean withErrors) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %4s %4s %4s   %-9s  %-6s  %s%n",
            "category",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall",
            "f1"));
    for (Category category : Category.values()) {
      Counts c = counts.get(category);
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %4d %4d %4d   %-9s  %-6s  %s%n",
              category.label(),
              c.tp(),
              c.fp(),
              c.fn(),
              show(c.precision()),
              show(c.recall()),
              show(c.f1())));
    }
    out.append(String.format("%nevaluated: %s%n", evaluated.isEmpty() ? "(none)" : evaluated));
    if (!skipped.isEmpty()) {
      out.append(String.format("no system facts for gold documents: %s%n", skipped));
    }
    if (withErrors) {
      appendErrors(out, f -> "");
    }
    return out.toString();
  }

  /**
   * The table and the error lists, each spurious item followed by where it was read ({@code
   * where}).
   */
  public String toText(Function<Finding, String> where) {
    StringBuilder out = new StringBuilder(toText(false));
    appendErrors(out, where);
    return out.toString();
  }

  private void appendErrors(StringBuilder out, Function<Finding, String> where) {
    for (Category category : Category.values()) {
      List<Finding> errors = findings(category);
      if (errors.isEmpty()) {
        continue;
      }
      out.append(
          String.format(
              "%n%s: %d %s%n",
              category.label(), errors.size(), errors.size() == 1 ? "error" : "errors"));
      for (Finding f : errors) {
        out.append(
            String.format(
                "  %-8s  %s  %s%s%n", f.kind().label(), f.doc(), f.item(), where.apply(f)));
      }
    }
  }

  /** Everything in the report as one JSON object; undefined scores are {@code null}. */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    evaluated.forEach(root.putArray("evaluated")::add);
    skipped.forEach(root.putArray("skipped")::add);
    ObjectNode categories = root.putObject("categories");
    for (Category category : Category.values()) {
      Counts c = counts.get(category);
      ObjectNode node = categories.putObject(category.label());
      node.put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
      putScore(node, "precision", c.precision());
      putScore(node, "recall", c.recall());
      putScore(node, "f1", c.f1());
    }
    ArrayNode errors = root.putArray("errors");
    for (Finding f : findings) {
      errors
          .addObject()
          .put("category", f.category().label())
          .put("doc", f.doc())
          .put("kind", f.kind().label())
          .put("item", f.item());
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
    }
  }

  private static void putScore(ObjectNode node, String name, OptionalDouble score) {
    if (score.isPresent()) {
      node.put(name, score.getAsDouble());
    } else {
      node.putNull(name);
    }
  }

  private static String show(OptionalDouble score) {
    return score.isPresent() ? String.format(Locale.ROOT, "%.3f", score.getAsDouble()) : "-";
  }
}
