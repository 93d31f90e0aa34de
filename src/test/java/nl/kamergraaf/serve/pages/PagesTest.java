package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML pages of the bundled corpus: what a researcher finds on them, and where links lead. */
class PagesTest {
  private static SiteServer site;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static String page(String path) {
    HttpResponse<String> r = site.get(path, "text/html");
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(
        r.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'self'"));
    return r.body();
  }

  @Test
  void entityPageShowsNamesRelationsBothWaysProvenanceAndLinks() {
    String html = page("/page/country/nl");
    assertTrue(html.contains("<h1>Nederland</h1>"), "name");
    assertTrue(html.contains("Koninkrijk der Nederlanden"), "other names");
    assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q55\""), "owl:sameAs");
    assertTrue(html.contains("badge t-country"), "type");
    // Outgoing: NL co-leads a PCA and supports Ukraine; incoming: NL is related to from the NAVO's
    // page below.
    assertTrue(html.contains("→ outgoing"), "outgoing relations");
    String navo = page("/page/org/navo");
    assertTrue(
        navo.contains("→ outgoing") && navo.contains("← incoming"),
        "both directions: the NAVO leads Eastern Sentry, Nederland is a member of it");
    assertTrue(
        navo.contains("href=\"/page/country/nl\""), "the incoming relation links its subject");
    assertTrue(
        html.contains("href=\"/page/country/ua\""), "links to related entities on this server");
    assertTrue(html.contains("co-leads"), "relation names");
    assertTrue(
        Pattern.compile("href=\"/page/doc/[0-9a-z_]+#at-\\d+-\\d+\"").matcher(html).find(),
        "provenance links into document pages");
    assertTrue(
        html.contains("<q>Nederland heeft hierbij een co-lead rol op de PCA drones"), "quotes");
    assertTrue(html.contains("href=\"/query?query="), "open in SPARQL");
    for (String form : List.of("ttl", "jsonld", "nt", "rdf")) {
      assertTrue(html.contains("href=\"/data/country/nl." + form + "\""), form);
    }
    assertTrue(html.contains("id=\"questions\"") && html.contains("id=\"documents\""));
    assertTrue(
        html.contains(
            "<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/country/nl.ttl\">"),
        "the head names the data forms");
  }

  @Test
  void entityPageListsAmountsWithTheirPeriod() {
    String html = page("/page/program/duits-geleid-inkoopproject");
    assertTrue(html.contains("Amounts and percentages"), "section");
    // Amounts as people read them: € 87 mln, not EUR 87000000.
    assertTrue(
        html.contains("<td class=\"num\">€ 87 mln</td><td>2024</td>"), "an amount and its year");
    // the 260 million went "deels via het EDA en deels via het Duits geleide inkoopproject":
    // neither's alone
    assertFalse(html.contains("€ 260 mln"), "an amount split over two channels");
    assertTrue(
        page("/page/program/uaf").contains("<td class=\"num\">€ 5 mld</td><td>2024</td>"),
        "another");
  }

  @Test
  void everyProvenanceLinkOfAnEntityLandsOnAnAnchorOfItsDocument() {
    String html = page("/page/org/navo");
    Matcher m = Pattern.compile("href=\"(/page/doc/[0-9a-z_]+)#(at-\\d+-\\d+)\"").matcher(html);
    int checked = 0;
    Map<String, String> docs = new HashMap<>();
    while (m.find()) {
      String doc = docs.computeIfAbsent(m.group(1), PagesTest::page);
      assertTrue(doc.contains("id=\"" + m.group(2) + "\""), m.group(1) + "#" + m.group(2));
      checked++;
    }
    assertTrue(checked > 20, "only " + checked + " provenance links");
  }

  @Test
  void documentPageMarksEveryMentionAndShowsQuestionsWithTheirFractie() {
    String html = page("/page/doc/001_bba492771d7bbacc");
    String mentions =
        """
        PREFIX oa: <http://www.w3.org/ns/oa#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX kg: <https://w3id.org/kamergraaf/def#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT ?start ?end ?body WHERE {
          ?m oa:hasBody ?body ;
             prov:wasDerivedFrom <https://w3id.org/kamergraaf/id/doc/001_bba492771d7bbacc> ;
             kg:span ?span .
          BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
          BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end) }""";
    List<String[]> rows =
        Txn.calculateRead(
            BundledCorpus.dataset(),
            () -> {
              List<String[]> out = new ArrayList<>();
              try (QueryExec qe =
                  QueryExec.dataset(BundledCorpus.dataset()).query(mentions).build()) {
                RowSet rs = qe.select();
                rs.forEachRemaining(
                    b ->
                        out.add(
                            new String[] {
                              b.get("start").getLiteralLexicalForm(),
                              b.get("end").getLiteralLexicalForm(),
                              b.get("body").getURI()
                            }));
              }
              return out;
            });
    assertTrue(rows.size() > 50, "mentions in 001: " + rows.size());
    int linked = 0;
    for (String[] r : rows) {
      String id = "id=\"at-" + r[0] + "-" + r[1] + "\"";
      assertTrue(html.contains(id), "no anchor " + id);
      String path = r[2].substring("https://w3id.org/kamergraaf/id/".length());
      if (html.contains("<a href=\"/page/" + path + "\" " + id)) {
        linked++;
      }
    }
    // Overlapping mentions (a name inside a longer name) keep an anchor but not a second link.
    assertTrue(linked >= rows.size() * 9 / 10, linked + " of " + rows.size() + " mentions linked");
    assertTrue(html.contains("id=\"question-12\""), "question sections");
    assertTrue(html.contains("Vraag 12 — <a href=\"/page/fractie/bbb\""), "the fractie that asked");
    assertTrue(html.contains("class=\"answer\""), "answers");
  }

  @Test
  void documentPageWithoutTheDocumentsFolderSaysSo() {
    try (SiteServer bare = new SiteServer(BundledCorpus.dataset(), null)) {
      HttpResponse<String> r = bare.get("/page/doc/001_bba492771d7bbacc", "text/html");
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("serve --input DIR"), "explains how to get the text");
      assertTrue(r.body().contains("id=\"question-12\""), "questions are still there");
    }
  }

  @Test
  void indexLinksToEverything() {
    String html = page("/");
    for (String link :
        List.of(
            "/sparql",
            "/.well-known/void",
            "/dumps/kamergraaf.trig",
            "/dumps/kamergraaf.nq.gz",
            "/context.jsonld",
            "/graph",
            "/export?format=gexf",
            "/page/doc/001_bba492771d7bbacc",
            "/page/country/nl")) {
      assertTrue(html.contains("href=\"" + link + "\""), link);
    }
  }

  @Test
  void otherResourcesGetAPageWithTheirPlaceInTheText() {
    String html = page("/page/doc/001_bba492771d7bbacc/question/12");
    assertTrue(html.contains("Read from:"), html);
    assertTrue(html.contains("href=\"/page/fractie/bbb\""));
  }

  @Test
  void pagesCarryNoInlineScriptOrStyle() {
    for (String path :
        List.of("/", "/page/country/nl", "/page/doc/001_bba492771d7bbacc", "/graph", "/query")) {
      String html = page(path);
      assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), path);
      assertFalse(
          html.contains("<style") || html.contains(" style=") || html.contains(" onclick="), path);
    }
  }

  @Test
  void staticFilesAndTheOntologyAreServed() {
    assertEquals(200, site.get("/static/cytoscape.min.js", null).statusCode());
    assertEquals(200, site.get("/static/graph.js", null).statusCode());
    assertEquals(200, site.get("/static/kamergraaf.css", null).statusCode());
    int traversal = site.get("/static/../../etc/passwd", null).statusCode();
    assertTrue(traversal == 400 || traversal == 404, "path traversal answered " + traversal);
    assertEquals(404, site.get("/static/secret.txt", null).statusCode());
    assertTrue(site.get("/def", null).body().contains("kg:Country"));
  }

  @Test
  void everyEntityTypeHasItsColourInTheServedStyleSheetAndAHeadingOnTheIndex() {
    String css = site.get("/static/kamergraaf.css", null).body();
    String index = page("/");
    for (EntityType t : EntityType.values()) {
      assertTrue(
          css.contains(".t-" + t.pathSegment() + " { --c: " + t.colour() + "; }"),
          "no colour for " + t.pathSegment() + " in kamergraaf.css");
      // The bundled corpus names something of every type, so the index lists each.
      assertTrue(
          index.contains("<h3 class=\"t-" + t.pathSegment() + "\">" + t.pathSegment() + "</h3>"),
          "no heading for " + t.pathSegment() + " on the index");
    }
  }
}
