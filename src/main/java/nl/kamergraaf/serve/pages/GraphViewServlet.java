package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import nl.kamergraaf.export.ExportException;

/**
 * {@code GET /graph}: the network drawn by Cytoscape.js (pan, zoom, filter by type, click a node
 * to open its page). Takes the parameters of {@code /export}; the script loads the Cytoscape JSON
 * export with the same ones. Without a filter it starts on the {@value #TOP} most connected
 * entities ({@code ?all=1} for everything); entities without relations show only when asked
 * ({@code ?isolated=1}); relation names are drawn on the edges. The page carries no inline script or style.
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
    boolean filtered = Stream.of("entity", "document", "types", "from", "to")
        .anyMatch(p -> ExportRequest.param(request, p) != null);
    boolean all = "1".equals(request.getParameter("all"));
    boolean isolated = "1".equals(request.getParameter("isolated"));
    // Cytoscape.js adds an inline <style> unless an element with this id exists; the CSP would
    // block that style, so our style sheet carries the id and the rule it wanted.
    Html h = PageLayout.start("Graph view", "__________cytoscape_stylesheet", null);
    h.open("div", "class", "graph-page");
    h.open("form", "method", "get", "action", "/graph", "class", "graph-form")
        .element("h1", "Graph view");
    h.open("label").text("Centre (type a name, e.g. Nederland)").open("input", "name", "entity",
        "value", ExportRequest.param(request, "entity"), "list", "entity-names").close("label");
    h.open("datalist", "id", "entity-names").close("datalist");
    field(h, request, "hops", "Hops");
    field(h, request, "types", "Types (e.g. country,org)");
    field(h, request, "document", "Document");
    field(h, request, "from", "From (date)");
    field(h, request, "to", "To (date)");
    h.open("label", "class", "check").open("input", "type", "checkbox", "name", "isolated",
        "value", "1", "checked", isolated ? "checked" : null).text(" show entities without relations")
        .close("label");
    h.element("button", "Show", "type", "submit").close("form");
    if (!filtered && !all) {
      h.open("p", "class", "note", "id", "top-note").text("Showing the " + TOP
          + " most connected entities. ").link("/graph?all=1", "Show the whole network")
          .text(" or pick a centre above.").close("p");
    }
    h.open("fieldset", "id", "type-filter").element("legend", "Types shown").close("fieldset");
    h.element("p", "Loading…", "id", "graph-status");
    h.element("p", "Drag to pan, scroll to zoom, click a node to open its page. Edge width grows "
        + "with the number of statements supporting the relation.", "class", "note");
    h.close("div");
    h.open("div", "id", "graph", "data-src", src, "data-base", site.links().base(),
        "data-top", filtered || all ? null : Integer.toString(TOP),
        "data-isolated", isolated ? "show" : "hide",
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
