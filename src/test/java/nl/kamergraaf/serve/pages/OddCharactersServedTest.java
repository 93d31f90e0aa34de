package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.ingest.XmlText;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document holding characters XML 1.0 cannot hold (U+FFFE, U+FFFF, controls, a form feed), and
 * queries that make such text themselves: every XML answer of the server parses, the graph keeps
 * the positions in the file exact, and CSV cells a spreadsheet would run are neutralised.
 */
class OddCharactersServedTest {
  private static final String ODD_PARAGRAPH =
      "\nHet Kamer\uFFFFgraaf Fonds (KGF) en de NAVO\u0001"
          + " steunen\uFFFE het plan van de minister.\f\n";

  @TempDir static Path work;
  private static String file;
  private static DatasetGraph dsg;
  private static SiteServer site;

  @BeforeAll
  static void buildAndServe() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    String text = Files.readString(Path.of("data/corpus/004_62cc81db4921119a.txt"));
    file = text + ODD_PARAGRAPH;
    Files.writeString(corpus.resolve("odd.txt"), file);
    Path store = work.resolve("store");
    new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), 1)
        .buildStore(corpus, store, true, BuildListener.quiet());
    dsg = Store.open(store);
    site = new SiteServer(dsg, corpus);
  }

  @AfterAll
  static void stop() {
    site.close();
    Store.close(dsg);
  }

  @Test
  void theGraphHoldsNoCharacterXmlCannotAndTheQuotesStayInPlace() {
    List<String> problems = new ArrayList<>();
    int[] quotes = {0};
    Txn.executeRead(
        dsg,
        () -> {
          try (QueryExec qe =
              QueryExec.dataset(dsg)
                  .query(
                      """
          PREFIX kg: <https://w3id.org/kamergraaf/def#>
          PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
          SELECT ?start ?end ?exact {
            { ?fact kg:start ?start ; kg:end ?end ; kg:exact ?exact }
            UNION
            { ?mention kg:span ?span ; kg:exact ?exact .
              BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
              BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end) } }""")
                  .build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(
                row -> {
                  int start = ((Number) row.get("start").getLiteralValue()).intValue();
                  int end = ((Number) row.get("end").getLiteralValue()).intValue();
                  String exact = row.get("exact").getLiteralLexicalForm();
                  String inFile =
                      file.substring(
                          file.offsetByCodePoints(0, start), file.offsetByCodePoints(0, end));
                  if (!XmlText.clean(inFile).equals(exact) || XmlText.firstForbidden(exact) >= 0) {
                    problems.add(start + "-" + end + ": " + exact);
                  }
                  quotes[0]++;
                });
          }
        });
    assertTrue(quotes[0] > 20, quotes[0] + " quotes");
    assertEquals(List.of(), problems);
  }

  @Test
  void sparqlXmlResultsParseWhateverTheLiteralsHold() throws Exception {
    for (String query :
        List.of(
            "SELECT ?o { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"KGF\")) }",
            "SELECT ?o { ?s ?p ?o FILTER(isLiteral(?o)) }",
            // A query can write them itself, as escapes.
            "SELECT (\"a\\uFFFFb\\u0001c\" AS ?x) (CONCAT(\"d\", \"\\uFFFE\") AS ?y) {}")) {
      var response = site.get("/sparql?query=" + encode(query), "application/sparql-results+xml");
      assertEquals(200, response.statusCode(), response.body());
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void rdfXmlParsesForTheDataPagesAndForConstruct() {
    var mention =
        site.get(
            "/sparql?query="
                + encode(
                    """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX kg: <https://w3id.org/kamergraaf/def#>
        SELECT ?m { ?m oa:hasBody ?e ; kg:exact ?x FILTER(CONTAINS(?x, "graaf")) }
        LIMIT 1"""),
            "text/csv");
    String iri = mention.body().lines().skip(1).findFirst().orElseThrow().strip();
    String path = "/data/" + iri.substring(Iris.DEFAULT_BASE.length() + "id/".length()) + ".rdf";
    var data = site.get(path, null);
    assertEquals(200, data.statusCode(), path + ": " + data.body());
    parseRdfXml(data.body());

    var built =
        site.get(
            "/sparql?query="
                + encode(
                    "CONSTRUCT { <urn:x:s> <urn:x:p> ?x } WHERE { BIND(\"a\\uFFFFb\\u0002\" AS ?x) }"),
            "application/rdf+xml");
    assertEquals(200, built.statusCode(), built.body());
    assertTrue(parseRdfXml(built.body()).contains(null, null, "a\uFFFDb "), built.body());
  }

  @Test
  void csvCellsThatWouldRunAsFormulasAreNeutralised() {
    var response =
        site.get(
            "/sparql?query="
                + encode(
                    "SELECT (\"=1+1\" AS ?f) (\"-5\" AS ?n) (\"@A1\" AS ?a) (\"+x\" AS ?p) (\"plain\" AS ?t) {}"),
            "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("f,n,a,p,t\r\n'=1+1,-5,'@A1,'+x,plain\r\n", response.body());
  }

  private static Model parseRdfXml(String body) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(body, Lang.RDFXML).parse(model);
    assertFalse(model.isEmpty(), body);
    return model;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
