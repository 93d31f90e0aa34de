package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.serve.limits.SecurityHeaders;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Labels and IRIs built to break out of HTML ({@code <script>}, {@code "onmouseover=}, {@code
 * javascript:} IRIs, bidirectional-control characters) show as text on every page the server
 * renders them on, which also carry the Content-Security-Policy and need no inline code.
 */
class HostileLabelsPageTest {
  private static final String BASE = Iris.DEFAULT_BASE;
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String ATTRIBUTE = "\" onmouseover=\"alert(2)";
  private static final String BIDI = "\u202Egnp.exe\u2066x\u2069";
  private static final Pattern JAVASCRIPT_HREF =
      Pattern.compile("(?i)(href|src|action)\\s*=\\s*[\"']?\\s*javascript:");
  private static final Pattern INLINE_SCRIPT = Pattern.compile("(?i)<script(?![^>]*\\bsrc=)");

  @TempDir static Path store;
  private static DatasetGraph dsg;
  private static SiteServer site;

  @BeforeAll
  static void serve() {
    Store.buildFromStream(
        store,
        out -> {
          Node g = NodeFactory.createURI(BASE + "graph/evil");
          Node evil = NodeFactory.createURI(BASE + "id/org/evil");
          Node other = NodeFactory.createURI(BASE + "id/org/other");
          out.quad(
              Quad.create(
                  g,
                  evil,
                  RDF.type.asNode(),
                  NodeFactory.createURI("https://w3id.org/kamergraaf/def#Organization")));
          out.quad(
              Quad.create(
                  g, evil, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(SCRIPT)));
          out.quad(
              Quad.create(
                  g, evil, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(ATTRIBUTE)));
          out.quad(
              Quad.create(g, evil, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(BIDI)));
          out.quad(
              Quad.create(
                  g, evil, OWL.sameAs.asNode(), NodeFactory.createURI("javascript:alert(3)")));
          out.quad(
              Quad.create(
                  g,
                  evil,
                  OWL.sameAs.asNode(),
                  NodeFactory.createURI("https://example.org/x?a=\"onmouseover=alert(4)")));
          out.quad(
              Quad.create(
                  g,
                  other,
                  RDF.type.asNode(),
                  NodeFactory.createURI("https://w3id.org/kamergraaf/def#Organization")));
          out.quad(
              Quad.create(
                  g,
                  other,
                  SKOS.prefLabel.asNode(),
                  NodeFactory.createLiteralString("<img src=x onerror=alert(5)>")));
          out.quad(Quad.create(g, other, OWL.sameAs.asNode(), evil));
        });
    dsg = Store.open(store);
    site = new SiteServer(dsg, null);
  }

  @AfterAll
  static void stop() {
    site.close();
    Store.close(dsg);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/page/org/evil",
        "/page/org/other",
        "/",
        // typed words are printed back, and entities named by them are listed above the hits
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/search?q=%22+onmouseover%3D%22alert(2)"
      })
  void hostileTextShowsAsTextOnly(String path) {
    HttpResponse<String> page = site.get(path, "text/html");
    String html = page.body();

    assertEquals(200, page.statusCode(), html);
    assertFalse(html.contains(SCRIPT), "raw <script> on " + path);
    assertFalse(html.contains("<img src=x"), "raw <img> on " + path);
    assertFalse(html.contains("\" onmouseover=\""), "attribute break-out on " + path);
    assertFalse(html.contains("\"onmouseover=alert"), "attribute break-out on " + path);
    assertFalse(JAVASCRIPT_HREF.matcher(html).find(), "javascript: link on " + path);
    assertFalse(INLINE_SCRIPT.matcher(html).find(), "inline script on " + path);
    assertFalse(html.contains("<style") || html.contains(" style="), "inline style on " + path);
    for (char bidi :
        List.of(
                '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                '\u2069', '\u200E', '\u200F', '\u061C')
            .stream()
            .map(c -> (char) c)
            .toList()) {
      assertEquals(-1, html.indexOf(bidi), String.format("raw U+%04X on %s", (int) bidi, path));
    }
    assertTrue(
        page.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .equals(SecurityHeaders.CONTENT_SECURITY_POLICY),
        path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/page/org/evil", "/search?q=%22+onmouseover%3D%22alert(2)"})
  void theLabelsAreStillShownEscaped(String path) {
    String html = site.get(path, "text/html").body();
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(html.contains("&quot; onmouseover=&quot;alert(2)"), html);
  }
}
