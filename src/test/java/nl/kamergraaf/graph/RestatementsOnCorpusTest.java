package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Which statements of a share are one fact, on paper 003 (47 questions, "3,5%" said of four
 * different things): a round share restates an earlier one far off only when it refers back to it,
 * and then to the latest of its value.
 */
class RestatementsOnCorpusTest {
  private static final String PAPER = "003_b076fc73ff532d15.txt";
  private static final String RESTATEMENTS =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      SELECT ?at ?fact WHERE {
        ?r a kg:Restatement ; kg:restates ?f ; kg:inDocument/kg:sourceFile "%s" ;
           kg:start ?at .
        ?f kg:start ?fact .
      }"""
          .formatted(PAPER);
  private static final String PERIOD =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      SELECT ?period WHERE {
        ?p a kg:Percentage ; kg:inDocument/kg:sourceFile "%s" ; kg:period ?period ;
           kg:start %d .
      }""";

  private static List<Map<String, String>> restatements() {
    return select(RESTATEMENTS);
  }

  private static List<Map<String, String>> select(String query) {
    Dataset ds = DatasetFactory.wrap(BundledCorpus.dataset());
    return Txn.calculateRead(
        ds,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            List<Map<String, String>> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> rows.add(row(s)));
            return rows;
          }
        });
  }

  private static Map<String, String> row(QuerySolution s) {
    Map<String, String> row = new HashMap<>();
    s.varNames().forEachRemaining(v -> row.put(v, s.getLiteral(v).getLexicalForm()));
    return row;
  }

  private static String paper() throws IOException {
    return Files.readString(BundledCorpus.CORPUS.resolve(PAPER));
  }

  @Test
  void aShareOfTheBbpFarOffIsAnotherFact() throws IOException {
    // answer 4: the NATO capability targets "begroot op ongeveer 3,5% van het bbp in het prijs- en
    // volumepeil 2025"; question 42, 57,000 characters on: the allies' norm "naar 5% van het bbp in
    // 2035, waarvan 3,5% voor defensie-uitgaven". Both are of the bbp; they are not one fact, and
    // the
    // first has no 2035.
    String text = paper();
    int capabilityTargets = text.indexOf("ongeveer 3,5% van het bbp");
    int question42 = text.indexOf("Vraag 42");
    assertTrue(capabilityTargets > 0 && question42 > capabilityTargets);
    for (Map<String, String> r : restatements()) {
      if (Integer.parseInt(r.get("fact")) == capabilityTargets) {
        assertTrue(Integer.parseInt(r.get("at")) < question42, "restated from afar: " + r);
      }
    }
    assertEquals(
        List.of(),
        select(PERIOD.formatted(PAPER, capabilityTargets)),
        "no period: the text states none");
  }

  @Test
  void aShareThatRefersBackRestatesTheLatestOfItsValue() throws IOException {
    // answer 43 "wordt de 3,5 % van het bbp aan defensie-uitgaven vanaf 2035 wettelijk verankerd"
    // refers to the norm of questions 42 and 43 ("naar 5% van het bbp in 2035, waarvan 3,5%", "de
    // 3,5%-norm", "richting 3,5%"), not to the first 3,5% of the paper (answer 4's capability
    // targets)
    String text = paper();
    int definite = text.indexOf("3,5 % van het bbp");
    int question42 = text.indexOf("Vraag 42");
    assertTrue(question42 > 0 && definite > question42);
    Map<String, String> r =
        restatements().stream()
            .filter(x -> Integer.parseInt(x.get("at")) == definite)
            .findFirst()
            .orElseThrow();
    assertTrue(Integer.parseInt(r.get("fact")) > question42, r.toString());
  }
}
