package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kamergraaf.export.ExportException;

/**
 * {@code GET /graph}: the network drawn by Cytoscape.js (pan, zoom, filter by type, click a node
 * to open its page). Takes the parameters of {@code /export}; the script loads the Cytoscape JSON
 * export with the same ones. The page carries no inline script or style.
 */
final class GraphViewServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
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
    // Cytoscape.js adds an inline <style> unless an element with this id exists; the CSP would
    // block that style, so our style sheet carries the id and the rule it wanted.
    Html h = PageLayout.start("Graph view", "__________cytoscape_stylesheet");
    h.open("div", "class", "graph-page");
    h.open("form", "method", "get", "action", "/graph", "class", "graph-form")
        .element("h1", "Graph view");
    field(h, request, "entity", "Centre (e.g. country/nl)");
    field(h, request, "hops", "Hops");
    field(h, request, "document", "Document");
    field(h, request, "from", "From (date)");
    field(h, request, "to", "To (date)");
    h.element("button", "Show", "type", "submit").close("form");
    h.open("fieldset", "id", "type-filter").element("legend", "Types shown").close("fieldset");
    h.element("p", "Loading…", "id", "graph-status");
    h.element("p", "Drag to pan, scroll to zoom, click a node to open its page. Edge width grows "
        + "with the number of statements supporting the relation.", "class", "note");
    h.close("div");
    h.open("div", "id", "graph", "data-src", src, "data-base", site.links().base(),
        "role", "img", "aria-label", "network of entities and relations").close("div");
    h.open("script", "src", "/static/cytoscape.min.js").close("script");
    h.open("script", "src", "/static/graph.js").close("script");
    html(response, PageLayout.end(h));
  }

  private static void field(Html h, HttpServletRequest request, String name, String label) {
    h.open("label").text(label).open("input", "name", name, "value",
        ExportRequest.param(request, name)).close("label");
  }
}
