package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamergraaf.build.BuildSummary;
import nl.kamergraaf.eval.ContractQueries;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Every query in queries/ runs against the store built from the bundled corpus, with the rows it
 * must give.
 */
class ContractQueriesOnCorpusTest {
  private static List<Map<String, String>> rows(String query) {
    return ContractQueries.run(DatasetFactory.wrap(BundledCorpus.dataset()), query);
  }

  /** How many triples a CONSTRUCT query (web-annotation.rq) builds on the bundled corpus. */
  private static long constructed(Query query) {
    Dataset ds = DatasetFactory.wrap(BundledCorpus.dataset());
    return Txn.calculateRead(
        ds,
        () -> {
          try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            return qe.execConstruct().size();
          }
        });
  }

  private static List<Map<String, String>> of(List<Map<String, String>> rows, String source) {
    return rows.stream().filter(r -> source.equals(r.get("source"))).toList();
  }

  @Test
  void theWholeCorpusBuildsAndEveryDocumentPassesTheShapes() {
    BuildSummary s = BundledCorpus.summary();
    assertEquals(List.of(), s.rejected());
    assertEquals(5, s.built());
    assertTrue(BundledCorpus.quadCount() > 10_000, "quads: " + BundledCorpus.quadCount());
  }

  @Test
  void everyQueryFileParsesAndRuns() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
      assertTrue(rq.size() >= 8);
      for (Path p : rq) {
        String text = Files.readString(p);
        assertTrue(text.startsWith("#"), p + " starts with its comment header");
        Query query = QueryFactory.create(text);
        String name = p.getFileName().toString().replace(".rq", "");
        if (query.isConstructType()) {
          assertTrue(constructed(query) > 0, p + " builds triples on the bundled corpus");
        } else {
          assertFalse(rows(name).isEmpty(), p + " gives rows on the bundled corpus");
        }
      }
    }
  }

  @Test
  void documents() {
    Map<String, Map<String, String>> bySource =
        rows("documents").stream().collect(Collectors.toMap(r -> r.get("source"), r -> r));
    assertEquals(
        Set.of(
            "000_60dd4be6d4d1a68f.txt",
            "001_bba492771d7bbacc.txt",
            "002_13d841ed3eb9d257.txt",
            "003_b076fc73ff532d15.txt",
            "004_62cc81db4921119a.txt"),
        bySource.keySet());
    Map<String, String> d001 = bySource.get("001_bba492771d7bbacc.txt");
    assertEquals("21501-28-300", d001.get("identifier"));
    assertEquals("verslag schriftelijk overleg", d001.get("kind"));
    assertEquals("2026-03-09", d001.get("date"));
    Map<String, String> d000 = bySource.get("000_60dd4be6d4d1a68f.txt");
    assertEquals("36410-X-C", d000.get("identifier"));
    assertEquals("nota naar aanleiding van verslag", d000.get("kind"));
    assertEquals("2024-04-12", d000.get("date"));
    Map<String, String> d002 = bySource.get("002_13d841ed3eb9d257.txt");
    assertEquals(
        "21501-28-264",
        d002.get("identifier"),
        "Nr. 264 of the dossier of the RBZ Defensie it reports on");
    assertEquals("brief", d002.get("kind"));
    assertEquals("2024-02-06", d002.get("date"));
    Map<String, String> d004 = bySource.get("004_62cc81db4921119a.txt");
    assertEquals("beantwoording schriftelijk overleg", d004.get("kind"));
    assertFalse(d004.containsKey("identifier"), "004 prints no identifier");
  }

  @Test
  void questionsOf001() {
    List<Map<String, String>> q = of(rows("questions"), "001_bba492771d7bbacc.txt");
    assertEquals(15, q.size());
    for (Map<String, String> r : q) {
      int n = Integer.parseInt(r.get("number"));
      String expected = n == 1 ? "PVV" : n <= 9 ? "Groep Markuszower" : "BBB";
      assertEquals(expected, r.get("fraction"), "question " + n);
      assertEquals("Minister van Defensie", r.get("answeredBy"), "question " + n);
    }
  }

  @Test
  void questionsOf004AreAskedByTheirFracties() {
    List<Map<String, String>> q = of(rows("questions"), "004_62cc81db4921119a.txt");
    assertEquals(10, q.size());
    assertEquals(
        List.of("NSC", "NSC", "NSC", "NSC", "SGP", "SGP", "SGP", "Volt", "Volt", "Volt"),
        q.stream().map(r -> r.get("fraction")).toList());
  }

  @Test
  void entitiesAreTypedAndSharedAcrossDocuments() {
    List<Map<String, String>> e = rows("entities");
    Set<String> types = e.stream().map(r -> r.get("type")).collect(Collectors.toSet());
    assertEquals(Set.of("Person", "Fraction", "Country", "Organization", "Program"), types);
    Set<String> navo =
        e.stream()
            .filter(r -> "NAVO".equals(r.get("label")))
            .map(r -> r.get("entity"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("https://w3id.org/kamergraaf/id/org/navo"), navo, "one IRI for NAVO everywhere");
    long docsNamingNavo =
        e.stream()
            .filter(r -> "NAVO".equals(r.get("label")))
            .map(r -> r.get("source"))
            .distinct()
            .count();
    assertTrue(docsNamingNavo >= 4);
    assertTrue(
        e.contains(
            Map.of(
                "source",
                "001_bba492771d7bbacc.txt",
                "entity",
                "https://w3id.org/kamergraaf/id/program/purl",
                "type",
                "Program",
                "label",
                "PURL")));
    assertTrue(
        of(e, "002_13d841ed3eb9d257.txt").stream()
            .anyMatch(r -> r.get("type").equals("Country") && r.get("label").equals("Oekraïne")));
  }

  @Test
  void labelsGiveEveryNameOfAnEntity() {
    Set<String> purl =
        rows("labels").stream()
            .filter(r -> r.get("entity").equals("https://w3id.org/kamergraaf/id/program/purl"))
            .map(r -> r.get("label"))
            .collect(Collectors.toSet());
    assertTrue(purl.contains("PURL"));
    assertTrue(purl.contains("Prioritised Ukraine Requirements List"), purl.toString());
  }

  @Test
  void questionAndAnswerMentionsOf004AreApart() {
    Set<String> q1 =
        of(rows("question-mentions"), "004_62cc81db4921119a.txt").stream()
            .filter(r -> r.get("number").equals("1"))
            .map(r -> r.get("label"))
            .collect(Collectors.toSet());
    Set<String> a1 =
        of(rows("answer-mentions"), "004_62cc81db4921119a.txt").stream()
            .filter(r -> r.get("number").equals("1"))
            .map(r -> r.get("label"))
            .collect(Collectors.toSet());
    // "Met interesse lazen de leden van de NSC-fractie over 'Eastern sentry' ... welke Nederlandse
    // bijdrage": the question; NAVO, Polen and Rusland only the answer names.
    assertTrue(q1.containsAll(Set.of("Eastern Sentry", "Nederland")), q1.toString());
    assertTrue(
        a1.containsAll(Set.of("Eastern Sentry", "NAVO", "Polen", "Rusland", "Nederland")),
        a1.toString());
    assertTrue(q1.stream().noneMatch(Set.of("NAVO", "Polen", "Rusland")::contains), q1.toString());
  }

  @Test
  void amountsAreNormalised() {
    List<Map<String, String>> a = of(rows("amounts"), "002_13d841ed3eb9d257.txt");
    Set<BigDecimal> values =
        a.stream()
            .map(r -> new BigDecimal(r.get("value")).stripTrailingZeros())
            .collect(Collectors.toSet());
    assertTrue(
        values.containsAll(
            Set.of(
                new BigDecimal("5E+9"),
                new BigDecimal("2.6E+8"),
                new BigDecimal("8.7E+7"),
                new BigDecimal("3E+6"))),
        values.toString());
    assertTrue(a.stream().allMatch(r -> r.get("currency").equals("EUR")));
  }

  @Test
  void percentagesHaveWhatTheyAreAShareOf() {
    List<Map<String, String>> p = of(rows("percentages"), "004_62cc81db4921119a.txt");
    assertTrue(
        p.stream()
            .anyMatch(
                r ->
                    new BigDecimal(r.get("value")).compareTo(new BigDecimal("3.5")) == 0
                        && "bbp".equals(r.get("of"))),
        p.toString());
  }

  @Test
  void relationsStatedInTheText() {
    List<Map<String, String>> r = of(rows("relations"), "004_62cc81db4921119a.txt");
    for (String country : List.of("Nederland", "Kroatië", "Letland")) {
      assertTrue(
          r.stream()
              .anyMatch(
                  x -> x.get("subject").equals(country) && x.get("predicate").equals("co-leads")),
          country + " co-leads: " + r);
    }
    assertTrue(
        r.contains(
            Map.of(
                "source",
                "004_62cc81db4921119a.txt",
                "subject",
                "Polen",
                "predicate",
                "hosts",
                "object",
                "NSATU")),
        r.toString());
    List<Map<String, String>> r002 = of(rows("relations"), "002_13d841ed3eb9d257.txt");
    assertTrue(
        r002.contains(
            Map.of(
                "source",
                "002_13d841ed3eb9d257.txt",
                "subject",
                "UAF",
                "predicate",
                "part-of",
                "object",
                "EPF")),
        r002.toString());
    assertTrue(
        r002.contains(
            Map.of(
                "source",
                "002_13d841ed3eb9d257.txt",
                "subject",
                "Rustem Umerov",
                "predicate",
                "holds-role",
                "object",
                "Oekraïense Minister van Defensie")),
        r002.toString());
  }

  @Test
  void aQuestionStatesNoRelation() {
    // "... welke Nederlandse bijdrage aan deze missie is voorzien." asks; it does not state.
    List<Map<String, String>> st = of(rows("relation-statements"), "004_62cc81db4921119a.txt");
    assertTrue(
        st.stream()
            .anyMatch(
                x ->
                    x.get("modality").equals("questioned")
                        && x.get("quote").contains("welke Nederlandse bijdrage")),
        st.toString());
    assertTrue(
        of(rows("relations"), "004_62cc81db4921119a.txt").stream()
            .noneMatch(
                x ->
                    x.get("subject").equals("Nederland")
                        && x.get("predicate").equals("contributes-to")
                        && x.get("object").equals("Eastern Sentry")));
  }
}
