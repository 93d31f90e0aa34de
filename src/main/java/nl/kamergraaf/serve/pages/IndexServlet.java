package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.graph.EntityClasses;
import nl.kamergraaf.serve.KamergraafServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code GET /}: what the dataset is and how to use it, its documents, its entities by type, and
 * links to the endpoint, the description, the dumps, the exports and the graph view. Any other path
 * no servlet serves gets {@code 404}.
 */
final class IndexServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private static final String DOCUMENTS =
      """
      SELECT ?doc ?title ?date ?identifier WHERE { ?doc a kg:Document .
        OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date }
        OPTIONAL { ?doc dcterms:identifier ?identifier } } ORDER BY ?date ?doc""";

  /** Every entity by class, with its name in the page's language ({@code %s}). */
  private static final String ENTITIES =
      """
      SELECT ?e ?class ?label WHERE { ?e a ?class . %s FILTER(BOUND(?label))
      """
          + EntityClasses.values("class")
          + " } ORDER BY ?class ?label";

  private final transient LinkedDataSite site;

  IndexServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    if (!path.equals("/") && !path.isEmpty()) {
      plain(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "Not found: " + path + ". See / for what this server offers.");
      return;
    }
    PageTexts texts = PageTexts.of(request);
    Html h = PageLayout.start(texts, texts.text("home.title"), null, null, null);
    h.element("h1", "kamergraaf");
    h.element("p", texts.text("home.intro"));
    h.open("ul", "class", "links");
    item(
        h,
        KamergraafServer.SPARQL_PATH,
        texts.text("home.sparql"),
        texts.text("home.sparql.after"),
        null);
    h.link("/query", texts.text("home.queryForm")).text(")").close("li");
    item(h, "/search", texts.text("home.search"), texts.text("home.search.after"), "");
    item(
        h, "/export?format=tables", texts.text("home.tables"), texts.text("home.tables.after"), "");
    item(
        h,
        "/.well-known/void",
        texts.text("home.void"),
        texts.text("home.void.after", site.description().triples()),
        "");
    item(h, "/dumps/kamergraaf.trig", texts.text("home.trig"), "", "");
    item(h, "/dumps/kamergraaf.nq.gz", texts.text("home.nquads"), "", "");
    item(h, "/context.jsonld", texts.text("home.context"), texts.text("home.context.after"), "");
    item(h, "/def", texts.text("home.ontology"), " (Turtle)", "");
    item(h, "/graph", texts.text("home.graph"), texts.text("home.graph.after"), "");
    h.open("li").text(texts.text("home.exports"));
    for (String f : List.of("gexf", "graphml", "cytoscape", "nodes-csv", "edges-csv")) {
      h.link("/export?format=" + f, f).raw(" ");
    }
    h.close("li").close("ul");
    h.element("p", texts.text("home.iris", site.links().base()));
    boolean charts = new HomeCharts(site, texts).render(h);
    documents(h, texts);
    entities(h, texts);
    if (charts) {
      Charts.scripts(h);
    }
    html(response, PageLayout.end(texts, h));
  }

  private static void item(Html h, String href, String text, String after, String close) {
    h.open("li").link(href, text).text(after);
    if (close != null) {
      h.close("li");
    }
  }

  private void documents(Html h, PageTexts texts) {
    List<Binding> rows = site.sparql().select(DOCUMENTS, Map.of());
    h.element("h2", texts.text("facts.documents", rows.size()));
    h.open("table", "class", "facts")
        .open("thead")
        .open("tr")
        .element("th", texts.text("facts.column.date"))
        .element("th", texts.text("facts.column.identifier"))
        .element("th", texts.text("home.column.title"))
        .close("tr")
        .close("thead")
        .open("tbody");
    for (Binding row : rows) {
      h.open("tr")
          .element("td", Formats.date(lexical(row, "date")))
          .element("td", lexical(row, "identifier"))
          .open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), get(row, "title"));
      h.close("td").close("tr");
    }
    h.close("tbody").close("table");
  }

  private void entities(Html h, PageTexts texts) {
    h.element("h2", texts.text("home.entities"));
    String current = null;
    for (Binding row :
        site.sparql().select(ENTITIES.formatted(texts.labelOf("e", "label")), Map.of())) {
      Node c = get(row, "class");
      String type = PageLayout.ENTITY_TYPES.get(c.getURI());
      if (!type.equals(current)) {
        if (current != null) {
          h.close("p");
        }
        current = type;
        h.element("h3", texts.text("type." + type), "class", "t-" + type)
            .open("p", "class", "entities");
      }
      PageLayout.term(h, site.links(), get(row, "e"), get(row, "label"));
      h.raw(" · ");
    }
    if (current != null) {
      h.close("p");
    }
  }
}
