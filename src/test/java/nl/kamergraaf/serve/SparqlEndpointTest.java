package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kamergraaf.graph.StoreTestData;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/** Queries over HTTP against the served corpus: result formats, endpoints, the union graph. */
class SparqlEndpointTest {
  private static final String PREFIXES =
      "PREFIX t: <"
          + StoreTestData.NS
          + ">\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX dct: <http://purl.org/dc/terms/>\n";
  private static final String DOCUMENT_LABELS =
      PREFIXES + "SELECT ?label { ?doc a t:Document ; rdfs:label ?label } ORDER BY ?label";

  /** A line of document 002, found by its text, with no GRAPH clause. */
  private static final String UMEROV_LINE =
      PREFIXES
          + "SELECT ?n { ?line rdfs:label ?text ; t:lineNumber ?n ; dct:isPartOf ?doc .\n"
          + "  ?doc rdfs:label \"002_13d841ed3eb9d257.txt\" FILTER(CONTAINS(?text, \"Umerov\")) }";

  @RegisterExtension static final ServedCorpus served = ServedCorpus.forEachClass();

  @Test
  void selectAsJson() throws Exception {
    var response = served.query("/sparql", DOCUMENT_LABELS, "application/sparql-results+json");

    assertEquals(200, response.statusCode(), response.body());
    assertContentType("application/sparql-results+json", response.headers());
    JsonNode json = new ObjectMapper().readTree(response.body());
    assertEquals("label", json.at("/head/vars/0").asText());
    List<String> labels = new ArrayList<>();
    json.at("/results/bindings").forEach(b -> labels.add(b.at("/label/value").asText()));
    assertEquals(corpusFileNames(), labels);
  }

  @Test
  void selectAsXml() throws Exception {
    var response = served.query("/sparql", DOCUMENT_LABELS, "application/sparql-results+xml");

    assertEquals(200, response.statusCode(), response.body());
    assertContentType("application/sparql-results+xml", response.headers());
    var xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    NodeList literals = xml.getElementsByTagName("literal");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < literals.getLength(); i++) {
      labels.add(literals.item(i).getTextContent());
    }
    assertEquals(corpusFileNames(), labels);
  }

  @Test
  void selectAsCsv() {
    var response = served.query("/sparql", DOCUMENT_LABELS, "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertContentType("text/csv", response.headers());
    List<String> expected = new ArrayList<>(List.of("label"));
    expected.addAll(corpusFileNames());
    assertEquals(expected, Arrays.asList(response.body().split("\r\n")));
  }

  @Test
  void selectAsTsv() {
    var response = served.query("/sparql", DOCUMENT_LABELS, "text/tab-separated-values");

    assertEquals(200, response.statusCode(), response.body());
    assertContentType("text/tab-separated-values", response.headers());
    List<String> expected = new ArrayList<>(List.of("?label"));
    corpusFileNames().forEach(name -> expected.add('"' + name + '"'));
    assertEquals(expected, response.body().lines().toList());
  }

  @ParameterizedTest
  @CsvSource({
    "json, application/sparql-results+json",
    "xml, application/sparql-results+xml",
    "csv, text/csv",
    "tsv, text/tab-separated-values"
  })
  void formatParameterChoosesTheResultFormat(String format, String contentType) {
    var response = served.queryWithFormat("/sparql", DOCUMENT_LABELS, format);

    assertEquals(200, response.statusCode(), response.body());
    assertContentType(contentType, response.headers());
    String body = response.body();
    int last = -1;
    for (String name : corpusFileNames()) {
      int at = body.indexOf(name);
      assertTrue(at > last, name + " after the previous label in\n" + body);
      last = at;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/sparql", "/kamergraaf", "/kamergraaf/sparql", "/kamergraaf/query"})
  void everyQueryEndpointSeesTheUnionOfTheDocumentGraphs(String path) {
    var response = served.query(path, UMEROV_LINE, "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(List.of("n", "14"), Arrays.asList(response.body().split("\r\n")));
  }

  @Test
  void namedGraphsHoldOneDocumentEach() {
    String query =
        "SELECT ?g (COUNT(*) AS ?quads) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    var response = served.query("/sparql", query, "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    List<String> expected = new ArrayList<>(List.of("g,quads"));
    for (Path file : StoreTestData.corpusFiles()) {
      long quads = 2 + 4 * StoreTestData.nonBlankLines(file);
      expected.add(StoreTestData.graphOf(file).getURI() + "," + quads);
    }
    assertEquals(expected, Arrays.asList(response.body().split("\r\n")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json"})
  void constructAnswersInTheRequestedRdfSyntax(String mediaType) {
    String query =
        PREFIXES
            + "CONSTRUCT { ?line rdfs:label ?text } WHERE { ?line rdfs:label ?text"
            + " FILTER(CONTAINS(?text, \"Umerov\")) }";

    var response = served.query("/sparql", query, mediaType);

    assertEquals(200, response.statusCode(), response.body());
    assertContentType(mediaType, response.headers());
    Lang lang = RDFLanguages.contentTypeToLang(mediaType);
    Graph graph = RDFParser.fromString(response.body(), lang).toGraph();
    assertEquals(1, graph.size(), response.body());
    assertTrue(
        graph.contains(
            NodeFactory.createURI(StoreTestData.NS + "doc/002_13d841ed3eb9d257#line-14"),
            RDFS.label.asNode(),
            NodeFactory.createLiteralString(
                "Minister van Defensie Umerov, waarbij hij in ging op de actuele situatie en")),
        response.body());
  }

  private static List<String> corpusFileNames() {
    return StoreTestData.corpusFiles().stream().map(f -> f.getFileName().toString()).toList();
  }

  private static void assertContentType(String expected, HttpHeaders headers) {
    String actual = headers.firstValue("Content-Type").orElse("");
    assertTrue(actual.startsWith(expected), "Content-Type " + actual + ", expected " + expected);
  }
}
