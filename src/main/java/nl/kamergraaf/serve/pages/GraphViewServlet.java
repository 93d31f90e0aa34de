package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import nl.kamergraaf.export.ExportException;

/**
 * {@code GET /graph}: the network drawn by Cytoscape.js (pan, zoom, filter by type, click a node to
 * open its page). Takes the parameters of {@code /export}; the script loads the Cytoscape JSON
 * export with the same ones. Without a filter it starts on the {@value #TOP} most connected
 * entities ({@code ?all=1} for everything); entities without relations show only when asked ({@code
 * ?isolated=1}); relation names are drawn on the edges. The page carries no inline script or style.
 */
final class GraphViewServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;

  /** Entities the unfiltered view starts with, by the weight of their relations. */
  static final int TOP = 40;

  private final transient LinkedDataSite site;

  GraphViewServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      ExportRequest.filter(request); // a bad parameter is reported here, not by the script
    } catch (ExportException e) {
      plain(response, HttpServletResponse.SC_BAD_REQUEST, "Bad graph request: " + e.getMessage());
      return;
    }
    String query = request.getQueryString();
    String src = "/export?format=cytoscape" + (query == null ? "" : "&" + query);
    // With no filter the whole network is a hairball: the script then starts on the most
    // connected entities, and ?all=1 asks for everything.
    boolean filtered =
        Stream.of("entity", "document", "types", "from", "to")
            .anyMatch(p -> ExportRequest.param(request, p) != null);
    boolean all = "1".equals(request.getParameter("all"));
    boolean isolated = "1".equals(request.getParameter("isolated"));
    // Cytoscape.js adds an inline <style> unless an element with this id exists; the CSP would
    // block that style, so our style sheet carries the id and the rule it wanted.
    PageTexts texts = PageTexts.of(request);
    Html h =
        PageLayout.start(
            texts, texts.text("graph.title"), "__________cytoscape_stylesheet", null, null);
    h.open("div", "class", "graph-page");
    h.open("form", "method", "get", "action", "/graph", "class", "graph-form")
        .element("h1", texts.text("graph.title"));
    h.open("label")
        .text(texts.text("graph.centre"))
        .open(
            "input",
            "name",
            "entity",
            "value",
            ExportRequest.param(request, "entity"),
            "list",
            "entity-names")
        .close("label");
    h.open("datalist", "id", "entity-names").close("datalist");
    for (String name : List.of("hops", "types", "document", "from", "to")) {
      field(h, request, name, texts.text("graph.field." + name));
    }
    h.open("label", "class", "check")
        .open(
            "input",
            "type",
            "checkbox",
            "name",
            "isolated",
            "value",
            "1",
            "checked",
            isolated ? "checked" : null)
        .text(" " + texts.text("graph.isolated"))
        .close("label");
    h.element("button", texts.text("graph.show"), "type", "submit").close("form");
    if (!filtered && !all) {
      h.open("p", "class", "note", "id", "top-note")
          .text(texts.text("graph.top", TOP))
          .link("/graph?all=1", texts.text("graph.all"))
          .text(texts.text("graph.orPick"))
          .close("p");
    }
    h.open("fieldset", "id", "type-filter")
        .element("legend", texts.text("graph.typesShown"))
        .close("fieldset");
    h.element("p", texts.text("graph.loading"), "id", "graph-status");
    h.element("p", texts.text("graph.help"), "class", "note");
    h.close("div");
    h.open(
            "div",
            "id",
            "graph",
            "data-src",
            src,
            "data-base",
            site.links().base(),
            "data-top",
            filtered || all ? null : Integer.toString(TOP),
            "data-isolated",
            isolated ? "show" : "hide",
            "role",
            "img",
            "aria-label",
            texts.text("graph.label"))
        .close("div");
    h.open("script", "src", "/static/cytoscape.min.js").close("script");
    h.open("script", "src", "/static/graph.js").close("script");
    html(response, PageLayout.end(texts, h));
  }

  private static void field(Html h, HttpServletRequest request, String name, String label) {
    h.open("label")
        .text(label)
        .open("input", "name", name, "value", ExportRequest.param(request, name))
        .close("label");
  }
}
