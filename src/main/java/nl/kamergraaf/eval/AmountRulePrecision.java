package nl.kamergraaf.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/**
 * How often each rule of {@code rules/amount-roles.tsv} is right: every programme, giver and
 * recipient the graph ties to an amount or percentage of an annotated document, with the rule that
 * read it ({@code kg:programReadBy} …), checked against the gold's {@code program} and {@code
 * subject} of an amount or percentage of the same value. Recipients and the programmes of
 * percentages are counted but not judged: the gold does not annotate them. Each distinct (document,
 * value, role, entity, rule) counts once, as the categories count distinct pairs.
 *
 * <pre>
 * out.print(new AmountRulePrecision(gold).toText(dataset));
 * </pre>
 */
public final class AmountRulePrecision {
  private static final String QUERY =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      PREFIX schema: <https://schema.org/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      SELECT ?source ?kind ?value ?role ?rule ?entity ?name WHERE {
        ?f kg:inDocument/kg:sourceFile ?source .
        { ?f a kg:Amount ; schema:value ?value . BIND("amount" AS ?kind) }
        UNION { ?f a kg:Percentage ; kg:percentage ?value . BIND("percentage" AS ?kind) }
        { ?f kg:subjectReadBy ?rule ; kg:subject ?entity . BIND("giver" AS ?role) }
        UNION { ?f kg:programReadBy ?rule ; kg:program ?entity . BIND("program" AS ?role) }
        UNION { ?f kg:recipientReadBy ?rule ; kg:recipient ?entity . BIND("recipient" AS ?role) }
        ?entity skos:prefLabel|skos:altLabel ?name . FILTER(lang(?name) != "en")
      }""";

  /** One role reading: where, what, by which rule, and all names of the entity read. */
  private record Reading(
      String doc,
      String kind,
      BigDecimal value,
      String role,
      String rule,
      String entity,
      Set<String> names) {}

  /** Read and right counts of one rule and role. */
  private static final class Score {
    int read;
    int right;
  }

  /** The roles the gold annotates: an amount's programme and giver, a percentage's subject. */
  private static final Set<String> JUDGED =
      Set.of("amount.program", "amount.giver", "percentage.subject");

  private final Map<String, GoldDocument> gold = new LinkedHashMap<>();

  public AmountRulePrecision(List<GoldDocument> gold) {
    gold.forEach(g -> this.gold.put(g.doc(), g));
  }

  /** The table: per rule and role, how many readings, how many right, precision. */
  public String toText(Dataset dataset) {
    Map<String, Score> scores = new TreeMap<>();
    for (Reading r : readings(dataset)) {
      String role =
          r.kind()
              + "."
              + (r.kind().equals("percentage") && r.role().equals("giver") ? "subject" : r.role());
      Score s = scores.computeIfAbsent(r.rule() + "\t" + role, k -> new Score());
      s.read++;
      s.right += right(r) ? 1 : 0;
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%namount and percentage roles by rule (annotated documents):%n  %-30s %-20s %5s %6s  %s%n",
                "rule",
                "role",
                "read",
                "right",
                "precision"));
    scores.forEach(
        (key, s) -> {
          String[] parts = key.split("\t");
          boolean judged = JUDGED.contains(parts[1]);
          out.append(
              String.format(
                  Locale.ROOT,
                  "  %-30s %-20s %5d %6s  %s%n",
                  parts[0],
                  parts[1],
                  s.read,
                  judged ? Integer.toString(s.right) : "-",
                  judged
                      ? String.format(Locale.ROOT, "%.3f", (double) s.right / s.read)
                      : "(not annotated)"));
        });
    return out.toString();
  }

  private List<Reading> readings(Dataset dataset) {
    Map<String, Reading> byKey = new LinkedHashMap<>();
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution qe = QueryExecution.create(QUERY, dataset)) {
            qe.execSelect().forEachRemaining(row -> add(byKey, row));
          }
        });
    return new ArrayList<>(byKey.values());
  }

  private void add(Map<String, Reading> byKey, QuerySolution row) {
    String doc = row.getLiteral("source").getString();
    BigDecimal value = Decimals.parse(row.getLiteral("value").getLexicalForm());
    if (!gold.containsKey(doc) || value == null) {
      return;
    }
    String key =
        String.join(
            "|",
            doc,
            row.getLiteral("kind").getString(),
            value.stripTrailingZeros().toPlainString(),
            row.getLiteral("role").getString(),
            row.getLiteral("rule").getString(),
            row.getResource("entity").getURI());
    Reading r =
        byKey.computeIfAbsent(
            key,
            k ->
                new Reading(
                    doc,
                    row.getLiteral("kind").getString(),
                    value,
                    row.getLiteral("role").getString(),
                    row.getLiteral("rule").getString(),
                    row.getResource("entity").getURI(),
                    new LinkedHashSet<>()));
    String name = NameFolding.fold(row.getLiteral("name").getString());
    if (name != null && !name.isEmpty()) {
      r.names().add(name);
    }
  }

  /**
   * Whether the gold ties an amount (percentage) of the same value in the document to this entity
   * in this role.
   */
  private boolean right(Reading r) {
    GoldDocument g = gold.get(r.doc());
    GoldNames names = new GoldNames(g);
    List<String> expected = new ArrayList<>();
    if (r.kind().equals("amount")) {
      g.amounts().stream()
          .filter(a -> Decimals.same(a.value(), r.value()))
          .forEach(a -> expected.add(r.role().equals("program") ? a.program() : a.subject()));
    } else if (r.role().equals("giver")) {
      g.percentages().stream()
          .filter(p -> Decimals.same(p.value(), r.value()))
          .forEach(p -> expected.add(p.subject()));
    }
    return expected.stream()
        .anyMatch(e -> e != null && !Collections.disjoint(names.namesOf(e), r.names()));
  }
}
