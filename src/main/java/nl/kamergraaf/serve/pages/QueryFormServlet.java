package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.graph.EntityClasses;
import nl.kamergraaf.serve.KamergraafServer;

/**
 * {@code GET /query?query=…}: a form with a ready query that runs on the SPARQL endpoint; the "open
 * in SPARQL" links of the pages lead here. No script: the form itself sends the query.
 */
final class QueryFormServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  static final String EXAMPLE =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      # Every entity with its type and name.
      SELECT ?entity ?type ?name WHERE {
        ?entity a ?type ; skos:prefLabel ?name .
        FILTER(lang(?name) != "en")  # the Dutch name; "en" for the English one
        %s
      } ORDER BY ?type ?name
      """
          .formatted(EntityClasses.values("type", EntityType::listed));

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String query = request.getParameter("query");
    PageTexts texts = PageTexts.of(request);
    Html h = PageLayout.start(texts, texts.text("query.title"), null, null, null);
    h.element("h1", texts.text("query.title"))
        .element("p", texts.text("query.intro", KamergraafServer.SPARQL_PATH));
    h.open("form", "method", "get", "action", KamergraafServer.SPARQL_PATH, "class", "query")
        .open("textarea", "name", "query", "rows", "18", "cols", "100", "spellcheck", "false")
        .text(query == null || query.isBlank() ? EXAMPLE : query)
        .close("textarea")
        .open("p")
        .open("label")
        .text(texts.text("query.resultsAs"))
        .open("select", "name", "format");
    for (String f : new String[] {"text", "csv", "tsv", "json", "xml"}) {
      h.element("option", f, "value", f);
    }
    h.close("select")
        .close("label")
        .raw(" ")
        .element("button", texts.text("query.run"), "type", "submit")
        .close("p")
        .close("form");
    html(response, PageLayout.end(texts, h));
  }
}
