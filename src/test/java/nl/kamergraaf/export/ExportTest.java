package nl.kamergraaf.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.graph.BundledCorpus;
import nl.kamergraaf.graph.EntityClasses;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports of the bundled corpus, read back with the JDK's XML parser and Jackson, against SPARQL
 * counts.
 */
class ExportTest {
  private static final String PREFIXES =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      """;
  private static final String ENTITY_CLASSES = EntityClasses.values("class");
  private static ExportGraph all;

  @BeforeAll
  static void extract() {
    all = GraphExtract.extract(BundledCorpus.dataset(), ExportFilter.all());
  }

  static long count(String query) {
    return Txn.calculateRead(
        BundledCorpus.dataset(),
        () -> {
          try (QueryExec qe =
              QueryExec.dataset(BundledCorpus.dataset()).query(PREFIXES + query).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
          }
        });
  }

  /**
   * Distinct entities, and distinct edges: asserted (s, p, o) plus (fractie, thing its questions
   * name).
   */
  static long sparqlNodes() {
    return count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ?class . " + ENTITY_CLASSES + " }");
  }

  static long sparqlEdges() {
    return count(
        """
        SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o {
          { ?st a kg:RelationStatement ; kg:modality kg:Asserted ; rdf:subject ?s ;
                rdf:predicate ?p ; rdf:object ?o }
          UNION { ?q a kg:Question ; kg:askedBy ?s ; kg:mentions ?o . BIND("asks" AS ?p) FILTER(?s != ?o) }
          ?s a ?c1 . ?o a ?c2 .
          %s
          %s
        } }"""
            .formatted(EntityClasses.values("c1"), EntityClasses.values("c2")));
  }

  @Test
  void theWholeGraphHasEveryEntityAndEverySupportedRelation() {
    assertEquals(sparqlNodes(), all.nodes().size());
    assertEquals(sparqlEdges(), all.edges().size());
    long statements =
        count(
            """
        SELECT (COUNT(DISTINCT ?st) AS ?n) { ?st a kg:RelationStatement ; kg:modality kg:Asserted ;
          rdf:subject ?s ; rdf:object ?o . ?s a ?c1 . ?o a ?c2 .
          %s
          %s }"""
                .formatted(EntityClasses.values("c1"), EntityClasses.values("c2")));
    long relationWeight =
        all.edges().stream()
            .filter(e -> !e.type().equals("asks-about"))
            .mapToLong(GraphEdge::weight)
            .sum();
    assertEquals(statements, relationWeight, "weight counts supporting statements");
  }

  @Test
  void weightIsTheNumberOfStatementsForThatRelation() {
    GraphEdge nlSupportsUa =
        all.edges().stream()
            .filter(
                e ->
                    e.source().endsWith("/country/nl")
                        && e.target().endsWith("/country/ua")
                        && e.type().equals("supports"))
            .findFirst()
            .orElseThrow();
    long statements =
        count(
            """
        SELECT (COUNT(DISTINCT ?st) AS ?n) { ?st kg:modality kg:Asserted ;
          rdf:subject <https://w3id.org/kamergraaf/id/country/nl> ; rdf:predicate kg:supports ;
          rdf:object <https://w3id.org/kamergraaf/id/country/ua> }""");
    assertEquals(statements, nlSupportsUa.weight());
    assertTrue(statements > 1);
    assertFalse(nlSupportsUa.dates().isEmpty(), "dated documents give the edge its dates");
  }

  @Test
  void graphmlAndGexfHoldTheSameNodesAndEdges() throws Exception {
    Document graphml = xml(ExportFormat.GRAPHML);
    assertEquals(
        all.nodes().size(),
        graphml
            .getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node")
            .getLength());
    assertEquals(
        all.edges().size(),
        graphml
            .getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge")
            .getLength());
    Document gexf = xml(ExportFormat.GEXF);
    String ns = "http://www.gexf.net/1.2draft";
    assertEquals(all.nodes().size(), gexf.getElementsByTagNameNS(ns, "node").getLength());
    NodeList edges = gexf.getElementsByTagNameNS(ns, "edge");
    assertEquals(all.edges().size(), edges.getLength());
    Element graph = (Element) gexf.getElementsByTagNameNS(ns, "graph").item(0);
    assertEquals("dynamic", graph.getAttribute("mode"));
    assertEquals("date", graph.getAttribute("timeformat"));
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      labels.add(e.getAttribute("label"));
      assertTrue(Integer.parseInt(e.getAttribute("weight")) >= 1);
    }
    assertTrue(
        labels.containsAll(List.of("supports", "co-leads", "asks-about")), labels.toString());
    assertTrue(gexf.getElementsByTagNameNS(ns, "spell").getLength() > 0, "document dates as time");
    assertEquals(
        all.nodes().size(),
        gexf.getElementsByTagNameNS(ns + "/viz", "color").getLength(),
        "a colour per node");
  }

  @Test
  void gexfColoursEachNodeWithItsTypesColourFromTheTable() throws Exception {
    Map<String, String> typeOf = new HashMap<>();
    all.nodes().forEach(n -> typeOf.put(n.iri(), n.type()));
    Map<String, String> colourOf = new HashMap<>();
    EntityType.values().forEach(t -> colourOf.put(t.pathSegment(), t.colour()));
    String ns = "http://www.gexf.net/1.2draft";
    NodeList nodes = xml(ExportFormat.GEXF).getElementsByTagNameNS(ns, "node");
    Set<String> typesSeen = new HashSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      Element colour = (Element) node.getElementsByTagNameNS(ns + "/viz", "color").item(0);
      String type = typeOf.get(node.getAttribute("id"));
      typesSeen.add(type);
      assertEquals(
          colourOf.get(type),
          String.format(
              "#%02x%02x%02x",
              Integer.parseInt(colour.getAttribute("r")),
              Integer.parseInt(colour.getAttribute("g")),
              Integer.parseInt(colour.getAttribute("b"))),
          node.getAttribute("id"));
    }
    // The bundled corpus names something of every type, so every row of the table is used.
    assertEquals(EntityType.segments(), typesSeen);
  }

  @Test
  void cytoscapeJsonAndCsvCountTheSame() throws Exception {
    JsonNode json = new ObjectMapper().readTree(bytes(ExportFormat.CYTOSCAPE));
    assertEquals(all.nodes().size(), json.at("/elements/nodes").size());
    assertEquals(all.edges().size(), json.at("/elements/edges").size());
    JsonNode first = json.at("/elements/edges/0/data");
    assertTrue(first.has("source") && first.has("target") && first.has("weight"));
    String nodes = new String(bytes(ExportFormat.NODES_CSV), StandardCharsets.UTF_8);
    String edges = new String(bytes(ExportFormat.EDGES_CSV), StandardCharsets.UTF_8);
    assertEquals("id,label,type,documents,first_date", nodes.lines().findFirst().orElse(""));
    assertEquals(all.nodes().size() + 1, nodes.lines().count());
    assertEquals(all.edges().size() + 1, edges.lines().count());
  }

  @Test
  void csvQuotesCellsThatNeedIt() {
    assertEquals("\"Wet, Regeling\"", CsvWriter.cell("Wet, Regeling"));
    assertEquals("\"zeg \"\"ja\"\"\"", CsvWriter.cell("zeg \"ja\""));
    assertEquals("plain", CsvWriter.cell("plain"));
  }

  @Test
  void typeFilterKeepsOnlyThoseTypes() {
    ExportGraph g =
        extract(new ExportFilter(Set.of("country", "fractie"), null, null, null, null, 1));
    assertTrue(g.nodes().stream().allMatch(n -> Set.of("country", "fractie").contains(n.type())));
    assertEquals(
        count(
            "SELECT (COUNT(DISTINCT ?e) AS ?n) { { ?e a kg:Country } UNION { ?e a kg:Fraction } }"),
        g.nodes().size());
    Set<String> ids = new HashSet<>();
    g.nodes().forEach(n -> ids.add(n.iri()));
    assertTrue(
        g.edges().stream().allMatch(e -> ids.contains(e.source()) && ids.contains(e.target())));
    assertTrue(
        g.edges().stream().anyMatch(e -> e.type().equals("asks-about")),
        "fracties ask about countries");
  }

  @Test
  void documentFilterKeepsThatDocumentsEntitiesAndStatements() {
    ExportGraph g =
        extract(new ExportFilter(Set.of(), "002_13d841ed3eb9d257.txt", null, null, null, 1));
    long inDoc =
        count(
            """
        SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH <https://w3id.org/kamergraaf/graph/002_13d841ed3eb9d257> {
          ?e a ?class } """
                + ENTITY_CLASSES
                + " }");
    assertEquals(inDoc, g.nodes().size());
    assertTrue(g.edges().size() < all.edges().size() && !g.edges().isEmpty());
    // The same document named by its IRI's last segment.
    assertEquals(
        g.nodes().size(),
        extract(new ExportFilter(Set.of(), "002_13d841ed3eb9d257", null, null, null, 1))
            .nodes()
            .size());
    assertThrows(
        ExportException.class,
        () -> extract(new ExportFilter(Set.of(), "no-such-document", null, null, null, 1)));
  }

  @Test
  void dateRangeKeepsStatementsFromDocumentsOfThoseDays() {
    ExportGraph early =
        extract(
            new ExportFilter(
                Set.of(), null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, 1));
    assertFalse(early.edges().isEmpty());
    assertTrue(
        early.edges().stream().flatMap(e -> e.dates().stream()).allMatch(d -> d.getYear() == 2024),
        "only 2024 dates");
    // A range no paper falls in names nothing: an error saying which dates there are.
    ExportException none =
        assertThrows(
            ExportException.class,
            () ->
                extract(
                    new ExportFilter(
                        Set.of(),
                        null,
                        LocalDate.of(1990, 1, 1),
                        LocalDate.of(1990, 12, 31),
                        null,
                        1)));
    assertTrue(none.getMessage().contains("dated from 2024-02-06"), none.getMessage());
    assertThrows(
        ExportException.class,
        () ->
            new ExportFilter(
                Set.of(), null, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), null, 1));
  }

  @Test
  void everyDatedPaperIsAGraphmlDateAndAGexfSpell() {
    String graphml = new String(bytes(ExportFormat.GRAPHML), StandardCharsets.UTF_8);
    String gexf = new String(bytes(ExportFormat.GEXF), StandardCharsets.UTF_8);
    Set<String> dates = new TreeSet<>();
    Txn.executeRead(
        BundledCorpus.dataset(),
        () ->
            QueryExec.dataset(BundledCorpus.dataset())
                .query(
                    "SELECT ?d WHERE { ?doc a <https://w3id.org/kamergraaf/def#Document> ;"
                        + " <http://purl.org/dc/terms/date> ?d }")
                .select()
                .forEachRemaining(row -> dates.add(row.get("d").getLiteralLexicalForm())));
    assertFalse(dates.isEmpty());
    for (String date : dates) {
      assertTrue(
          Pattern.compile("<data key=\"ndates\">[^<]*" + date).matcher(graphml).find(),
          "a node's GraphML dates hold " + date);
      assertTrue(gexf.contains("<spell start=\"" + date + "\""), "a GEXF spell at " + date);
    }
  }

  @Test
  void neighbourhoodKeepsWhatIsWithinTheHops() {
    ExportGraph zero = extract(new ExportFilter(Set.of(), null, null, null, "country/nl", 0));
    assertEquals(1, zero.nodes().size());
    ExportGraph one = extract(new ExportFilter(Set.of(), null, null, null, "country/nl", 1));
    String nl = "https://w3id.org/kamergraaf/id/country/nl";
    Set<String> adjacent = new HashSet<>(Set.of(nl));
    all.edges()
        .forEach(
            e -> {
              if (e.source().equals(nl)) {
                adjacent.add(e.target());
              } else if (e.target().equals(nl)) {
                adjacent.add(e.source());
              }
            });
    assertEquals(adjacent.size(), one.nodes().size());
    ExportGraph two = extract(new ExportFilter(Set.of(), null, null, null, nl, 2));
    assertTrue(two.nodes().size() > one.nodes().size());
    assertThrows(
        ExportException.class,
        () -> extract(new ExportFilter(Set.of(), null, null, null, "country/xx", 1)));
  }

  @Test
  void badFiltersSayWhatIsAllowed() {
    ExportException e =
        assertThrows(
            ExportException.class,
            () -> new ExportFilter(Set.of("planet"), null, null, null, null, 1));
    assertTrue(e.getMessage().contains("planet") && e.getMessage().contains("country"));
    assertThrows(ExportException.class, () -> ExportFormat.named("svg"));
  }

  private static ExportGraph extract(ExportFilter filter) {
    return GraphExtract.extract(BundledCorpus.dataset(), filter);
  }

  private static byte[] bytes(ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(all, out);
    return out.toByteArray();
  }

  private static Document xml(ExportFormat format) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(format)));
  }
}
