package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** VoID and DCAT at /.well-known/void and the dumps agree with the store they describe. */
class DatasetDescriptionTest {
  private static final String VOID = "http://rdfs.org/ns/void#";
  private static SiteServer site;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static long count(String query) {
    return Txn.calculateRead(
        BundledCorpus.dataset(),
        () -> {
          try (QueryExec qe = QueryExec.dataset(BundledCorpus.dataset()).query(query).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
          }
        });
  }

  @Test
  void voidCountsWhatTheStoreHolds() {
    HttpResponse<String> r = site.get("/.well-known/void", "text/turtle");
    assertEquals(200, r.statusCode(), r.body());
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
    Graph g = m.getGraph();
    Node ds = NodeFactory.createURI(site.url("/.well-known/void#kamergraaf"));
    assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(g, ds, VOID + "triples"));
    assertTrue(g.contains(ds, uri(VOID + "sparqlEndpoint"), uri(site.url("/sparql"))));
    assertTrue(g.contains(ds, uri(VOID + "dataDump"), uri(site.url("/dumps/kamergraaf.trig"))));
    assertTrue(g.contains(ds, uri(VOID + "dataDump"), uri(site.url("/dumps/kamergraaf.nq.gz"))));
    assertTrue(g.contains(ds, uri("http://purl.org/dc/terms/license"), Node.ANY));
    assertTrue(g.contains(ds, uri(VOID + "vocabulary"), uri("https://w3id.org/kamergraaf/def#")));
    assertTrue(g.contains(ds, uri(VOID + "vocabulary"), uri("http://www.w3.org/ns/oa#")));
    assertTrue(
        g.contains(
            Node.ANY, uri("http://www.w3.org/ns/dcat#endpointURL"), uri(site.url("/sparql"))));
    // Entities per class: the partition for kg:Country counts the countries.
    Node partition =
        g.find(Node.ANY, uri(VOID + "class"), uri("https://w3id.org/kamergraaf/def#Country"))
            .next()
            .getSubject();
    assertEquals(
        count(
            "PREFIX kg: <https://w3id.org/kamergraaf/def#> "
                + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a kg:Country }"),
        number(g, partition, VOID + "entities"));
  }

  @Test
  void voidIsNegotiated() {
    HttpResponse<String> r = site.get("/.well-known/void", "application/ld+json");
    assertEquals(200, r.statusCode());
    assertTrue(RDFParser.fromString(r.body(), Lang.JSONLD).toGraph().size() > 20);
    assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
    assertEquals(406, site.get("/.well-known/void", "text/html").statusCode());
  }

  @Test
  void dumpsHoldEveryQuad() throws IOException {
    long quads = BundledCorpus.quadCount();
    HttpResponse<byte[]> trig = site.getBytes("/dumps/kamergraaf.trig");
    assertEquals(200, trig.statusCode());
    Dataset fromTrig = DatasetFactory.create();
    RDFParser.source(new ByteArrayInputStream(trig.body())).lang(Lang.TRIG).parse(fromTrig);
    assertEquals(quads, fromTrig.asDatasetGraph().stream().count());

    HttpResponse<byte[]> nq = site.getBytes("/dumps/kamergraaf.nq.gz");
    assertEquals(200, nq.statusCode());
    Dataset fromNq = DatasetFactory.create();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(nq.body()))) {
      RDFParser.source(in).lang(Lang.NQUADS).parse(fromNq);
    }
    assertEquals(quads, fromNq.asDatasetGraph().stream().count());
    assertEquals(404, site.get("/dumps/other.ttl", null).statusCode());
  }

  private static long number(Graph g, Node s, String p) {
    Triple t = g.find(s, uri(p), Node.ANY).next();
    return ((Number) t.getObject().getLiteralValue()).longValue();
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
