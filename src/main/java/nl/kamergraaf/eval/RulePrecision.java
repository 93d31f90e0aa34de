package nl.kamergraaf.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * The precision of each extraction rule on the annotated documents: of the relations a rule
 * asserts, how many the gold has (same predicate, subject and object by any of their names); of the
 * entities a rule recognises, how many the gold lists. Shows which rule to mend first.
 *
 * <pre>
 * RulePrecision rules = RulePrecision.of(dataset, gold, facts);
 * System.out.print(rules.toText());
 * </pre>
 */
public final class RulePrecision {
  private static final String QUERY = "/nl/kamergraaf/eval/rule-facts.rq";

  /** One rule's count: facts it produced in annotated documents, and how many the gold has. */
  public record Row(String kind, String rule, int found, int correct) {
    public double precision() {
      return found == 0 ? 0 : (double) correct / found;
    }
  }

  private final List<Row> rows;

  private RulePrecision(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Counts the facts of {@code dataset} about documents that {@code gold} annotates. */
  public static RulePrecision of(Dataset dataset, List<GoldDocument> gold, SystemFacts facts) {
    SystemIndex index = SystemIndex.of(facts);
    Map<String, GoldDocument> byDoc = new HashMap<>();
    gold.forEach(g -> byDoc.put(g.doc(), g));
    Map<String, GoldNames> names = new HashMap<>();
    Map<List<String>, int[]> counts = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    try (QueryExecution qe = QueryExecution.dataset(dataset).query(read()).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        GoldDocument g = byDoc.get(s.getLiteral("source").getString());
        if (g == null) {
          continue;
        }
        String kind = s.getLiteral("kind").getString();
        GoldNames goldNames = names.computeIfAbsent(g.doc(), d -> new GoldNames(g));
        Set<String> subject = index.namesOf(s.getResource("subject").getURI());
        boolean correct =
            kind.equals("relation")
                ? relationInGold(
                    g,
                    goldNames,
                    subject,
                    s.getLiteral("predicate").getString(),
                    index.namesOf(s.getResource("object").getURI()))
                : entityInGold(g, subject);
        int[] c =
            counts.computeIfAbsent(
                List.of(kind, s.getLiteral("rule").getString()), k -> new int[2]);
        c[0]++;
        c[1] += correct ? 1 : 0;
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((k, c) -> rows.add(new Row(k.get(0), k.get(1), c[0], c[1])));
    return new RulePrecision(rows);
  }

  private static boolean relationInGold(
      GoldDocument g, GoldNames names, Set<String> subject, String predicate, Set<String> object) {
    for (GoldDocument.Relation r : g.relations()) {
      if (r.predicate().trim().equals(predicate)
          && !Collections.disjoint(names.namesOf(r.subject()), subject)
          && !Collections.disjoint(names.namesOf(r.object()), object)) {
        return true;
      }
    }
    return false;
  }

  private static boolean entityInGold(GoldDocument g, Set<String> names) {
    for (GoldDocument.Entity e : g.allEntities()) {
      if (!Collections.disjoint(NameFolding.foldAll(e.names()), names)) {
        return true;
      }
    }
    return false;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The table: kind, rule, facts found in annotated documents, of them in the gold, precision. */
  public String toText() {
    StringBuilder out = new StringBuilder("\nprecision per rule (facts in annotated documents)\n");
    out.append(
        String.format("%-9s %-44s %6s %8s %9s%n", "kind", "rule", "found", "in gold", "precision"));
    for (Row r : rows) {
      out.append(
          String.format(
              "%-9s %-44s %6d %8d %9.3f%n",
              r.kind(), r.rule(), r.found(), r.correct(), r.precision()));
    }
    return out.toString();
  }

  private static String read() {
    try (InputStream in = RulePrecision.class.getResourceAsStream(QUERY)) {
      if (in == null) {
        throw new EvalException(QUERY + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException("cannot read " + QUERY + ": " + e.getMessage());
    }
  }
}
