package nl.kamergraaf.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.BuildSummary;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.eval.ContractQueries;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.ingest.api.People;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch} from the stand-in API, then {@code build}: the graph holds exactly the live,
 * in-range papers, with the API's DocumentNummer, date, kind and actors (the signer's Persoon id),
 * the schriftelijk-overleg paper's questions with their fracties, the written question linked to
 * its answer with the days it took, members named in the text linked to the right person, and the
 * memberships over time.
 */
@Tag("slow") // fetch and build the stand-in API's papers
class FetchThenBuildTest {
  private static final String PREFIXES =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX time: <http://www.w3.org/2006/time#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      """;
  @TempDir static Path tmp;
  private static Dataset dataset;
  private static BuildSummary summary;

  @BeforeAll
  static void fetchAndBuild() throws Exception {
    Path out = tmp.resolve("tk");
    try (StandInApi api = new StandInApi()) {
      new Fetch(FetchTest.settings(api, out), FetchListener.quiet()).run();
      api.use("run2");
      new Fetch(FetchTest.settings(api, out), FetchListener.quiet()).run();
    }
    People people = People.read(out);
    List<String> problems = new ArrayList<>();
    Path store = tmp.resolve("store");
    summary =
        new CorpusBuilder(() -> DocumentExtractor.load(people), Iris.defaults(), 2)
            .withPeople(people)
            .buildStore(
                out,
                store,
                false,
                new BuildListener() {
                  @Override
                  public void built(String source, long quads, long millis) {}

                  @Override
                  public void rejected(nl.kamergraaf.KamergraafException problem) {
                    problems.add(problem.getMessage());
                  }
                });
    assertEquals(List.of(), problems);
    dataset = DatasetFactory.wrap(Store.open(store));
  }

  @AfterAll
  static void close() {
    Store.close(dataset.asDatasetGraph());
  }

  private static List<Map<String, String>> select(String query) {
    return Txn.calculateRead(dataset, () -> selectInTxn(query));
  }

  private static List<Map<String, String>> selectInTxn(String query) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (QueryExecution q = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
      ResultSet rs = q.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        Map<String, String> row = new TreeMap<>();
        s.varNames()
            .forEachRemaining(
                v ->
                    row.put(
                        v,
                        s.get(v).isLiteral()
                            ? s.getLiteral(v).getLexicalForm()
                            : s.get(v).toString()));
        rows.add(row);
      }
    }
    return rows;
  }

  private static Set<String> column(List<Map<String, String>> rows, String var) {
    return rows.stream().map(r -> r.get(var)).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void exactlyTheLiveInRangePapersAreBuiltWithTheApisNumberDateAndKind() {
    assertEquals(10, summary.built());
    List<Map<String, String>> docs = ContractQueries.run(dataset, "documents");
    assertEquals(
        new TreeSet<>(
            List.of(
                "2025D20001.docx",
                "2025D25002.docx",
                "2025D30002.docx",
                "2025D30003.docx",
                "2025D30004.docx",
                "2025D30005.docx",
                "2025D30007.docx",
                "2025D41000.doc",
                "2026D10300.docx",
                "2026D26000.pdf")),
        column(docs, "source"));
    Map<String, String> vso =
        docs.stream()
            .filter(r -> r.get("source").equals("2026D10300.docx"))
            .findFirst()
            .orElseThrow();
    assertEquals("21501-28-300", vso.get("identifier"));
    assertEquals("verslag schriftelijk overleg", vso.get("kind"));
    assertEquals("2026-03-09", vso.get("date"));
    Map<String, String> question =
        docs.stream()
            .filter(r -> r.get("source").equals("2025D20001.docx"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "2025D20001", question.get("identifier"), "no kamerstuk number: the DocumentNummer");
    assertEquals("schriftelijke vragen", question.get("kind"));
    assertEquals(
        List.of(Map.of("chamber", "https://w3id.org/kamergraaf/id/org/tweede-kamer")),
        select(
            "SELECT ?chamber WHERE { ?d kg:sourceFile \"2025D20001.docx\" ; kg:chamber ?chamber }"));

    List<Map<String, String>> numbers =
        select(
            """
        SELECT ?number ?date ?from ?property WHERE { ?doc kg:sourceFile "2026D26000.pdf" ;
          kg:documentNumber ?number ; dcterms:date ?date .
          ?st a kg:ApiStatement ; rdf:subject ?doc ; rdf:predicate dcterms:date ;
              prov:wasDerivedFrom ?from ; kg:apiProperty ?property }
        """);
    assertEquals(
        List.of(
            Map.of(
                "number",
                "2026D26000",
                "date",
                "2026-06-15",
                "property",
                "Document.Datum",
                "from",
                "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(a0000000-0000-4000-8000-000000000002)")),
        numbers);
  }

  @Test
  void theSignersPersoonIdAndFractie() {
    List<Map<String, String>> signers =
        select(
            """
        SELECT ?source ?label ?id ?relation ?fractie WHERE { ?doc kg:sourceFile ?source ; kg:actor ?a .
          ?a kg:agent ?p ; kg:actorRelation ?relation . ?p a kg:Person ; skos:prefLabel ?label ; dcterms:identifier ?id .
          OPTIONAL { ?a kg:onBehalfOf/skos:prefLabel ?fractie } }
        ORDER BY ?source ?label
        """);
    assertTrue(
        signers.contains(
            Map.of(
                "source",
                "2026D26000.pdf",
                "label",
                "Dilan Yeşilgöz-Zegerius",
                "id",
                "b0000000-0000-4000-8000-000000000006",
                "relation",
                "Eerste ondertekenaar")),
        signers.toString());
    assertTrue(
        signers.contains(
            Map.of(
                "source",
                "2025D41000.doc",
                "label",
                "Ruben Brekelmans",
                "id",
                "b0000000-0000-4000-8000-000000000005",
                "relation",
                "Eerste ondertekenaar")),
        signers.toString());
    assertTrue(
        signers.contains(
            Map.of(
                "source",
                "2025D20001.docx",
                "label",
                "Inge van Dijk",
                "id",
                "b0000000-0000-4000-8000-000000000001",
                "relation",
                "Indiener",
                "fractie",
                "CDA")),
        signers.toString());
  }

  @Test
  void theQuestionsOfTheSchriftelijkOverlegPaperWithTheirFracties() {
    List<Map<String, String>> q =
        ContractQueries.run(dataset, "questions").stream()
            .filter(r -> r.get("source").equals("2026D10300.docx"))
            .toList();
    assertEquals(15, q.size(), q.toString());
    assertTrue(q.stream().allMatch(r -> r.containsKey("fraction")), q.toString());
    // as the paper's text version gives them (ContractQueriesOnCorpusTest.questionsOf001)
    for (Map<String, String> r : q) {
      int n = Integer.parseInt(r.get("number"));
      assertEquals(
          n == 1 ? "PVV" : n <= 9 ? "Groep Markuszower" : "BBB",
          r.get("fraction"),
          "question " + n);
    }
  }

  @Test
  void theWrittenQuestionIsLinkedToItsAnswerWithTheDaysItTook() {
    List<Map<String, String>> rows =
        select(
            """
        SELECT ?question ?days ?late ?postponed WHERE { ?a kg:sourceFile "2025D25002.docx" ; kg:answers ?q ;
          kg:daysToAnswer ?days ; kg:answeredLate ?late ; kg:answerPostponed ?postponed .
          ?q kg:answeredIn ?a ; kg:sourceFile ?question }
        """);
    assertEquals(
        List.of(
            Map.of(
                "question", "2025D20001.docx", "days", "32", "late", "true", "postponed", "false")),
        rows);
    List<Map<String, String>> askers =
        ContractQueries.run(dataset, "questions").stream()
            .filter(r -> r.get("source").equals("2025D20001.docx"))
            .toList();
    assertFalse(askers.isEmpty(), "the written questions are read as questions");
    assertEquals(
        Set.of("CDA"), column(askers, "fraction"), "asked by the Indiener's fractie: " + askers);
  }

  @Test
  void membersNamedInTheTextAreLinkedToThePersonWhoSatThen() {
    List<Map<String, String>> rows =
        select(
            """
        SELECT ?quote ?person ?rule ?id WHERE { GRAPH ?g { ?doc kg:sourceFile "2025D20001.docx" .
          ?m oa:hasBody ?person ; prov:wasDerivedFrom ?doc ;
             kg:exact ?quote ; kg:extractedBy ?rule .
          ?person a kg:Person ; dcterms:identifier ?id } }
        ORDER BY ?quote
        """);
    // "het lid Van Dijk (CDA)": three Van Dijks sat since 2008, two of them in February 2025,
    // one for the CDA. "mevrouw Piri" is a curated person, and gets her Persoon id.
    assertEquals(
        List.of(
            Map.of(
                "quote",
                "Piri",
                "person",
                "https://w3id.org/kamergraaf/id/person/kati-piri",
                "rule",
                "person/honorific",
                "id",
                "b0000000-0000-4000-8000-000000000004"),
            Map.of(
                "quote",
                "Van Dijk",
                "person",
                "https://w3id.org/kamergraaf/id/person/inge-van-dijk",
                "rule",
                "member-link/person/member",
                "id",
                "b0000000-0000-4000-8000-000000000001")),
        rows);
  }

  @Test
  void theMembershipsOverTimeAreInTheirOwnGraph() {
    List<Map<String, String>> rows =
        select(
            """
        SELECT ?fractie ?start ?end WHERE { GRAPH <https://w3id.org/kamergraaf/graph/tk-people> {
          ?m a org:Membership ; org:member ?p ; org:organization/skos:prefLabel ?fractie ;
             org:memberDuring ?d . ?p skos:prefLabel "Kati Piri" .
          ?d time:hasBeginning/time:inXSDDate ?start . OPTIONAL { ?d time:hasEnd/time:inXSDDate ?end } } }
        ORDER BY ?start
        """);
    assertEquals(
        List.of(
            Map.of("fractie", "PvdA", "start", "2017-03-23", "end", "2023-12-05"),
            Map.of("fractie", "GroenLinks-PvdA", "start", "2023-12-06")),
        rows);
  }
}
