package nl.kamergraaf.serve.pages;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.kamergraaf.serve.limits.SecurityHeaders;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.WebContent;

/**
 * {@code GET /sparql} from a browser: the SPARQL editor (YASGUI, served from the jar) with the
 * example queries of {@code queries/} one click away. Only a GET without a {@code query} parameter
 * whose {@code Accept} prefers HTML to every SPARQL result format gets it; every other request, a
 * query from a browser included, goes on to the endpoint unchanged.
 */
final class SparqlEditor implements Filter {
  /**
   * The SPARQL result formats first, so that {@code *}{@code /*} (curl, most libraries) never gets
   * the editor; HTML only when the client names it above them.
   */
  private static final AcceptList OFFER =
      AcceptList.create(
          WebContent.contentTypeResultsJSON,
          WebContent.contentTypeResultsXML,
          WebContent.contentTypeTextCSV,
          WebContent.contentTypeTextTSV,
          WebContent.contentTypeHTML);

  /**
   * The editor page's policy: the server's own, plus the two style elements YASGUI's table column
   * resizer writes (its layout rules, and the cursor while dragging), allowed by their SHA-256
   * hashes: no other inline style and no inline script. A YASGUI upgrade that changes them shows as
   * a blocked style in BrowserTest.
   */
  static final String CSP =
      SecurityHeaders.CONTENT_SECURITY_POLICY
          + "; style-src 'self' "
          + "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=' "
          + "'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='";

  /** The page, written once per language it can be asked in. */
  private final java.util.Map<PageTexts, String> pages = new java.util.HashMap<>();

  SparqlEditor() {
    for (PageTexts texts : List.of(PageTexts.DEFAULT, PageTexts.DUTCH, PageTexts.ENGLISH)) {
      pages.put(texts, render(texts, ExampleQueries.all()));
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    if (wantsEditor(request)) {
      HttpServletResponse response = (HttpServletResponse) res;
      response.setHeader("Content-Security-Policy", CSP);
      response.setHeader("Vary", "Accept");
      SiteServlet.html(response, pages.get(PageTexts.of(request)));
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean wantsEditor(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())
        || request.getParameter("query") != null
        || request.getParameter("update") != null) {
      return false;
    }
    String accept = request.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return false;
    }
    MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
    return chosen != null && chosen.getContentTypeStr().equals(WebContent.contentTypeHTML);
  }

  private static String render(PageTexts texts, List<ExampleQueries.Example> examples) {
    Html h =
        PageLayout.start(texts, texts.text("editor.title"), null, null, "/static/yasgui.min.css");
    h.open("div", "class", "editor-page");
    h.open("aside", "class", "examples", "id", "examples")
        .element("h2", texts.text("editor.examples"))
        .element("p", texts.text("editor.click"), "class", "note")
        .open("ul");
    for (ExampleQueries.Example e : examples) {
      h.open("li")
          .element(
              "button",
              e.file(),
              "type",
              "button",
              "class",
              "example",
              "data-query",
              e.query(),
              "title",
              e.purpose())
          .element("span", e.purpose(), "class", "purpose")
          .close("li");
    }
    h.close("ul").element("p", texts.text("editor.note"), "class", "note").close("aside");
    h.open("div", "id", "yasgui", "data-endpoint", "/sparql").close("div");
    h.close("div");
    h.open("script", "src", "/static/yasgui.min.js").close("script");
    h.open("script", "src", "/static/chart.umd.min.js").close("script");
    h.open("script", "src", "/static/cytoscape.min.js").close("script");
    h.open("script", "src", "/static/sparql-editor.js").close("script");
    return PageLayout.end(texts, h);
  }
}
