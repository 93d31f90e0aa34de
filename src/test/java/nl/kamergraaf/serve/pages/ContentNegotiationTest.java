package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import nl.kamergraaf.graph.BundledCorpus;
import nl.kamergraaf.serve.cache.ResponseCache;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dereferencing entity IRIs on a real server over the bundled corpus: 303 to page or data by
 * Accept, Vary, 406, 404, data by extension; Jena's RIOT parses every form served.
 */
class ContentNegotiationTest {
  private static final String NL = "https://w3id.org/kamergraaf/id/country/nl";
  private static SiteServer site;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @ParameterizedTest(name = "Accept: {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text/html | /page/country/nl",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | /page/country/nl",
        "application/xhtml+xml | /page/country/nl",
        "*/* | /page/country/nl",
        "text/turtle | /data/country/nl.ttl",
        "application/ld+json | /data/country/nl.jsonld",
        "application/n-triples | /data/country/nl.nt",
        "application/rdf+xml | /data/country/nl.rdf",
        "application/rdf+xml;q=0.5, text/turtle;q=0.9 | /data/country/nl.ttl",
        "text/*;q=0.9, application/ld+json | /data/country/nl.jsonld"
      })
  void theIriAnswers303ToTheFormAsked(String accept, String location) {
    HttpResponse<String> r = site.get("/id/country/nl", accept);
    assertEquals(303, r.statusCode(), r.body());
    assertEquals(location, r.headers().firstValue("Location").orElse(null));
    assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
  }

  @Test
  void aRepeatedRedirectComesFromMemoryWithItsLocationAndVary() {
    HttpResponse<String> first = site.get("/id/country/nl", "application/n-triples");
    HttpResponse<String> again = site.get("/id/country/nl", "application/n-triples");

    assertEquals(303, again.statusCode(), again.body());
    assertEquals("hit", again.headers().firstValue(ResponseCache.HEADER).orElse(null));
    assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
    assertEquals("/data/country/nl.nt", again.headers().firstValue("Location").orElse(null));
    assertEquals("Accept", again.headers().firstValue("Vary").orElse(null));
  }

  @Test
  void noAcceptHeaderGetsThePage() {
    HttpResponse<String> r = site.get("/id/country/nl", null);
    assertEquals(303, r.statusCode());
    assertEquals("/page/country/nl", r.headers().firstValue("Location").orElse(null));
  }

  @Test
  void anUnservableTypeIs406InPlainText() {
    HttpResponse<String> r = site.get("/id/country/nl", "image/png");
    assertEquals(406, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
    assertTrue(r.body().contains("text/turtle"), r.body());
    assertEquals(406, site.get("/data/country/nl", "application/json").statusCode());
  }

  @Test
  void unknownIrisAre404() {
    for (String path :
        new String[] {
          "/id/country/xx", "/id/", "/page/country/xx", "/data/country/xx.ttl", "/data/country/xx"
        }) {
      HttpResponse<String> r = site.get(path, "text/turtle");
      assertEquals(404, r.statusCode(), path + ": " + r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), path);
    }
  }

  @ParameterizedTest(name = ".{0}")
  @CsvSource({
    "ttl, text/turtle",
    "jsonld, application/ld+json",
    "nt, application/n-triples",
    "rdf, application/rdf+xml"
  })
  void everyDataFormParsesAndDescribesTheEntity(String extension, String mediaType) {
    HttpResponse<String> r = site.get("/data/country/nl." + extension, null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
    Graph g =
        parse(r.body(), RDFLanguages.contentTypeToLang(mediaType), site.url("/data/country/nl"));
    assertTrue(
        g.contains(
            NodeFactory.createURI(NL),
            SKOS.prefLabel.asNode(),
            NodeFactory.createLiteralString("Nederland")),
        "prefLabel missing in ." + extension);
    assertTrue(
        g.contains(
            NodeFactory.createURI(NL),
            NodeFactory.createURI("https://w3id.org/kamergraaf/def#supports"),
            NodeFactory.createURI("https://w3id.org/kamergraaf/id/country/ua")),
        extension);
    // Incoming links are part of the description too: the mentions whose body is NL.
    assertTrue(
        g.find(
                null,
                NodeFactory.createURI("http://www.w3.org/ns/oa#hasBody"),
                NodeFactory.createURI(NL))
            .hasNext(),
        extension);
  }

  @Test
  void dataWithoutExtensionIsNegotiated() {
    HttpResponse<String> r = site.get("/data/country/nl", "application/n-triples");
    assertEquals(200, r.statusCode());
    assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
    assertFalse(parse(r.body(), Lang.NTRIPLES, null).isEmpty());
  }

  @Test
  void jsonLdNamesThePublishedContextAndRiotResolvesIt() {
    HttpResponse<String> r = site.get("/data/country/nl.jsonld", null);
    assertTrue(
        r.body().contains("\"@context\": \"" + site.url("/context.jsonld") + "\""),
        r.body().substring(0, 200));
    assertTrue(r.body().contains("\"prefLabel\""), "terms of the context are used");
    HttpResponse<String> context = site.get("/context.jsonld", null);
    assertEquals(200, context.statusCode());
    assertTrue(
        context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
    // RIOT fetches the context from this server to read the document.
    Graph g = parse(r.body(), Lang.JSONLD, site.url("/data/country/nl.jsonld"));
    assertTrue(
        g.contains(
            NodeFactory.createURI(NL),
            SKOS.prefLabel.asNode(),
            NodeFactory.createLiteralString("Nederland")));
  }

  /** The first place of a mention in the bundled paper 000. */
  private static final String FIRST_MENTION = "23239-23253";

  @Test
  void aFactIsDereferenceableToo() {
    HttpResponse<String> r = site.get("/data/doc/000_60dd4be6d4d1a68f/question/1.ttl", null);
    assertEquals(200, r.statusCode(), r.body());
    // The fact's provenance is on the fact: its place and exact text come with it.
    assertTrue(r.body().contains("kg:start") && r.body().contains("kg:exact"), r.body());
    // A mention is named after the first place of its words and lists every place.
    HttpResponse<String> m =
        site.get("/data/doc/000_60dd4be6d4d1a68f/mention/" + FIRST_MENTION + ".ttl", null);
    assertEquals(200, m.statusCode(), m.body());
    assertTrue(
        m.body().contains("\"" + FIRST_MENTION + "\"")
            && m.body().contains("kg:span")
            && m.body().contains("oa:hasBody"),
        m.body());
  }

  @Test
  void namedGraphsAreDereferenceable() {
    String doc = "002_13d841ed3eb9d257";
    HttpResponse<String> page = site.get("/graph/" + doc, "text/html");
    assertEquals(303, page.statusCode());
    assertEquals("/page/doc/" + doc, page.headers().firstValue("Location").orElse(null));
    HttpResponse<String> data = site.get("/graph/" + doc, "application/n-triples");
    assertEquals(200, data.statusCode());
    assertEquals("Accept", data.headers().firstValue("Vary").orElse(null));
    long expected =
        Txn.calculateRead(
            BundledCorpus.dataset(),
            () ->
                BundledCorpus.dataset()
                    .getGraph(NodeFactory.createURI("https://w3id.org/kamergraaf/graph/" + doc))
                    .size());
    assertEquals(expected, parse(data.body(), Lang.NTRIPLES, null).size());
    assertEquals(404, site.get("/graph/no-such-document", "text/turtle").statusCode());
    assertEquals(406, site.get("/graph/" + doc, "image/png").statusCode());
  }

  static Graph parse(String body, Lang lang, String base) {
    return RDFParser.fromString(body, lang).base(base).toGraph();
  }
}
