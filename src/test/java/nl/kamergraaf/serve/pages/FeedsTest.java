package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feeds of the bundled corpus: each parses as Atom 1.0 with the elements RFC 4287 requires
 * (the JDK's namespace-aware parser; and feedparser, as feed readers do, where it is installed),
 * entry ids are the IRIs of what they are about, and the entries are what the graph says names the
 * entity or what the fractie asked.
 */
@Tag("slow") // a Python child process (feedparser)
class FeedsTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static SiteServer site;
  @TempDir Path tmp;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void entityFeedHoldsThePapersQuestionsAndRelationsNamingIt() throws Exception {
    Set<String> ids = entryIds(feed("/feed/program/f-35"));
    Set<String> expected =
        select(
            """
        SELECT DISTINCT ?x WHERE { BIND(<https://w3id.org/kamergraaf/id/program/f-35> AS ?e)
          { ?x a kg:Document ; kg:mentions ?e } UNION { ?x a kg:Question ; kg:mentions ?e }
          UNION { ?x a kg:RelationStatement { ?x rdf:subject ?e } UNION { ?x rdf:object ?e } } }""");
    assertEquals(expected, ids);
  }

  @Test
  void fractieFeedHoldsItsQuestionsAndTheirAnswers() throws Exception {
    Set<String> ids = entryIds(feed("/feed/fractie/pvv"));
    Set<String> expected =
        select(
            """
        SELECT DISTINCT ?x WHERE {
          { ?x kg:askedBy <https://w3id.org/kamergraaf/id/fractie/pvv> }
          UNION { ?q kg:askedBy <https://w3id.org/kamergraaf/id/fractie/pvv> ; kg:answer ?x } }""");
    assertFalse(expected.isEmpty());
    assertEquals(expected, ids);
  }

  @Test
  void savedSearchAndSavedQueryFeeds() throws Exception {
    assertFalse(entryIds(feed("/feed?search=" + enc("\"F-35\"") + "&in=answer")).isEmpty());
    Set<String> docs =
        entryIds(
            feed(
                "/feed?query="
                    + enc(
                        "SELECT ?entry ?title ?date WHERE { ?entry a kg:Document ; dcterms:title ?title "
                            + "OPTIONAL { ?entry dcterms:date ?date } }")));
    assertEquals(BundledCorpus.DOCUMENTS, docs.size());
    assertEquals(400, site.get("/feed?query=" + enc("ASK { ?s ?p ?o }"), null).statusCode());
    assertEquals(
        400,
        site.get(
                "/feed?query="
                    + enc("SELECT ?entry WHERE { SERVICE <http://127.0.0.1:1/> { ?entry ?p ?o } }"),
                null)
            .statusCode());
    assertEquals(404, site.get("/feed/country/xx", null).statusCode());
  }

  @Test
  void feedparserReadsTheFeeds() throws Exception {
    String python = null;
    for (String candidate : List.of("python3", "/usr/bin/python3")) {
      if (runs(candidate, "-c", "import feedparser").startsWith("0")) {
        python = candidate;
        break;
      }
    }
    Assumptions.assumeTrue(
        python != null, "feedparser is not installed (apt-get install python3-feedparser)");
    Path script = tmp.resolve("check_feed.py");
    try (var in = getClass().getResourceAsStream("/nl/kamergraaf/serve/check_feed.py")) {
      Files.copy(in, script);
    }
    for (String path : List.of("/feed/org/navo", "/feed/fractie/d66", "/feed?search=munitie")) {
      Path file = tmp.resolve("feed.xml");
      Files.writeString(file, feed(path));
      String out = runs(python, script.toString(), file.toString());
      assertTrue(out.startsWith("0"), path + ": " + out);
      JsonNode parsed = new ObjectMapper().readTree(out.substring(out.indexOf('{')));
      assertTrue(parsed.path("entries").size() > 0, path + ": " + out);
    }
  }

  /** The feed's text, after checking it is Atom with every element RFC 4287 requires. */
  private static String feed(String path) throws Exception {
    HttpResponse<String> r = site.get(path, null);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    Element feed = doc.getDocumentElement();
    assertEquals(ATOM, feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    for (String required : List.of("id", "title", "updated", "author")) {
      assertEquals(1, children(feed, required).size(), path + ": feed " + required);
    }
    Set<String> ids = new HashSet<>();
    for (Element entry : children(feed, "entry")) {
      for (String required : List.of("id", "title", "updated", "link")) {
        assertFalse(children(entry, required).isEmpty(), path + ": entry " + required);
      }
      assertTrue(ids.add(text(entry, "id")), path + ": entry ids are unique");
      OffsetDateTime.parse(text(entry, "updated")); // RFC 3339
    }
    return r.body();
  }

  private static Set<String> entryIds(String atom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)));
    Set<String> ids = new TreeSet<>();
    for (Element entry : children(doc.getDocumentElement(), "entry")) {
      ids.add(text(entry, "id"));
    }
    return ids;
  }

  private static List<Element> children(Element parent, String name) {
    NodeList all = parent.getElementsByTagNameNS(ATOM, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      if (all.item(i).getParentNode() == parent) {
        out.add((Element) all.item(i));
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    return children(parent, name).get(0).getTextContent();
  }

  private static Set<String> select(String query) {
    Set<String> out = new TreeSet<>();
    Txn.executeRead(
        BundledCorpus.dataset(),
        () ->
            QueryExec.dataset(BundledCorpus.dataset())
                .query(
                    "PREFIX kg: <https://w3id.org/kamergraaf/def#>\n"
                        + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
                        + query)
                .select()
                .forEachRemaining(row -> out.add(row.get("x").getURI())));
    return out;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Exit code and output of a command, as "CODE OUTPUT". */
  private static String runs(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return (p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1) + " " + out;
    } catch (IOException e) {
      return "-1 " + e.getMessage();
    }
  }
}
