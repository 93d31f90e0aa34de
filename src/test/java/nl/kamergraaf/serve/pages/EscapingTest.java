package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.graph.KG;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labels, titles, quotes and document text holding markup are shown as text on every page: a real
 * TDB2 store with such data, served by a real server.
 */
class EscapingTest {
  private static final String BASE = "https://w3id.org/kamergraaf/";
  private static final String LABEL = "<script>alert('label')</script> & \"Co\"";
  private static final String TITLE = "<img src=x onerror=alert(1)>";
  private static final String TEXT = "Over <b>Evil</b> & Co: <script>alert('text')</script>.\n";

  @TempDir Path tmp;

  @Test
  void markupInTheDataNeverBecomesMarkupOnAPage() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("evil.txt"), TEXT);
    Path storeDir = tmp.resolve("store");
    Store.buildFromStream(storeDir, EscapingTest::write);
    DatasetGraph dsg = Store.open(storeDir);
    try (SiteServer site = new SiteServer(dsg, docs)) {
      for (String path :
          List.of(
              "/page/org/evil",
              "/page/doc/evil",
              "/",
              "/page/doc/evil/mention/5-16",
              "/query?query=" + LocalLinks.encode("<script>alert(2)</script>"),
              "/graph?entity=" + LocalLinks.encode("org/evil"))) {
        HttpResponse<String> r = site.get(path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        String html = r.body();
        assertFalse(html.contains("<script>alert"), path + " lets a script through");
        assertFalse(html.contains("<img src=x"), path + " lets an element through");
        assertFalse(html.contains("<b>Evil"), path);
        assertFalse(html.contains("href=\"javascript:"), path + " links to javascript:");
      }
      String entity = site.get("/page/org/evil", "text/html").body();
      assertTrue(
          entity.contains(
              "&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"),
          "the label is shown as text");
      String doc = site.get("/page/doc/evil", "text/html").body();
      assertTrue(doc.contains("&lt;img src=x onerror=alert(1)&gt;"), "the title is shown as text");
      assertTrue(
          doc.contains("&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;"), "the text as text");
      assertTrue(doc.contains("id=\"at-5-16\""), "the mention is still marked");
      String query =
          site.get("/query?query=" + LocalLinks.encode("<script>alert(2)</script>"), null).body();
      assertTrue(query.contains("&lt;script&gt;alert(2)&lt;/script&gt;</textarea>"));
    } finally {
      Store.close(dsg);
    }
  }

  private static void write(StreamRDF out) {
    Node g = uri(BASE + "graph/evil");
    Node org = uri(BASE + "id/org/evil");
    Node doc = uri(BASE + "id/doc/evil");
    Node mention = uri(BASE + "id/doc/evil/mention/5-16");
    quad(out, g, org, RDF.type.asNode(), KG.term("Organization"));
    quad(out, g, org, SKOS.prefLabel.asNode(), lit(LABEL));
    quad(out, g, org, SKOS.altLabel.asNode(), lit("<b>bold</b>"));
    quad(out, g, org, OWL.sameAs.asNode(), uri("javascript:alert(3)"));
    quad(out, g, doc, RDF.type.asNode(), KG.Document);
    quad(out, g, doc, DCTerms.title.asNode(), lit(TITLE));
    quad(out, g, doc, KG.sourceFile, lit("evil.txt"));
    quad(out, g, doc, KG.mentions, org);
    quad(out, g, mention, Vocabularies.oaHasBody, org);
    quad(out, g, mention, Vocabularies.provWasDerivedFrom, doc);
    quad(out, g, mention, KG.extractedBy, lit("<em>rule</em>"));
    quad(out, g, mention, KG.exact, lit("<b>Evil</b>"));
    quad(out, g, mention, KG.span, lit("5-16"));
  }

  private static void quad(StreamRDF out, Node g, Node s, Node p, Node o) {
    out.quad(Quad.create(g, s, p, o));
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node lit(String text) {
    return NodeFactory.createLiteralString(text);
  }
}
