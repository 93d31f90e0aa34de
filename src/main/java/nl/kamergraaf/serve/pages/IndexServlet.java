package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import nl.kamergraaf.graph.EntityClasses;
import nl.kamergraaf.serve.KamergraafServer;

/**
 * {@code GET /}: what the dataset is and how to use it, its documents, its entities by type, and
 * links to the endpoint, the description, the dumps, the exports and the graph view. Any other
 * path no servlet serves gets {@code 404}.
 */
final class IndexServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private static final String DOCUMENTS = """
      SELECT ?doc ?title ?date ?identifier WHERE { ?doc a kg:Document .
        OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date }
        OPTIONAL { ?doc dcterms:identifier ?identifier } } ORDER BY ?date ?doc""";
  private static final String ENTITIES = "SELECT ?e ?class ?label WHERE { ?e a ?class ; "
      + "skos:prefLabel ?label . " + EntityClasses.values("class") + " } ORDER BY ?class ?label";

  private final transient LinkedDataSite site;

  IndexServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    if (!path.equals("/") && !path.isEmpty()) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path
          + ". See / for what this server offers.");
      return;
    }
    Html h = PageLayout.start("Dutch parliamentary defence papers as linked data");
    h.element("h1", "kamergraaf");
    h.element("p", "A knowledge graph of the Dutch parliament's defence politics: who asks what, "
        + "about which programmes, organisations and countries, for how much money — read from "
        + "parliamentary papers by rules, with every fact pointing to the text it was read from.");
    h.open("ul", "class", "links");
    item(h, KamergraafServer.SPARQL_PATH, "SPARQL endpoint", " (read-only; in a browser the "
        + "editor with the example queries; or the plain ", null);
    h.link("/query", "query form").text(")").close("li");
    item(h, "/search", "Search", " the papers, questions and answers (Dutch stemming: drones "
        + "finds drone)", "");
    item(h, "/export?format=tables", "Tables for statistics", " (CSV and a Frictionless "
        + "datapackage.json, zipped) for R, pandas or SPSS", "");
    item(h, "/.well-known/void", "Dataset description", " in VoID and DCAT ("
        + site.description().triples() + " triples)", "");
    item(h, "/dumps/kamergraaf.trig", "Dump as TriG", "", "");
    item(h, "/dumps/kamergraaf.nq.gz", "Dump as gzipped N-Quads", "", "");
    item(h, "/context.jsonld", "JSON-LD context", " used by the JSON-LD data documents", "");
    item(h, "/def", "Ontology", " (Turtle)", "");
    item(h, "/graph", "Graph view", " of the whole network, or of one entity's neighbourhood", "");
    h.open("li").text("Exports for graph tools: ");
    for (String f : List.of("gexf", "graphml", "cytoscape", "nodes-csv", "edges-csv")) {
      h.link("/export?format=" + f, f).raw(" ");
    }
    h.close("li").close("ul");
    h.element("p", "Every entity IRI " + site.links().base() + "id/… answers here at /id/…: "
        + "browsers are sent to its page, linked-data clients to its data in Turtle, JSON-LD, "
        + "N-Triples or RDF/XML by their Accept header.");
    boolean charts = new HomeCharts(site).render(h);
    documents(h);
    entities(h);
    if (charts) {
      Charts.scripts(h);
    }
    html(response, PageLayout.end(h));
  }

  private static void item(Html h, String href, String text, String after, String close) {
    h.open("li").link(href, text).text(after);
    if (close != null) {
      h.close("li");
    }
  }

  private void documents(Html h) {
    List<Binding> rows = site.sparql().select(DOCUMENTS, Map.of());
    h.element("h2", "Documents (" + rows.size() + ")");
    h.open("table", "class", "facts").open("thead").open("tr").element("th", "date")
        .element("th", "identifier").element("th", "title").close("tr").close("thead").open("tbody");
    for (Binding row : rows) {
      h.open("tr").element("td", Formats.date(lexical(row, "date"))).element("td", lexical(row, "identifier"))
          .open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), get(row, "title"));
      h.close("td").close("tr");
    }
    h.close("tbody").close("table");
  }

  private void entities(Html h) {
    h.element("h2", "Entities");
    String current = null;
    for (Binding row : site.sparql().select(ENTITIES, Map.of())) {
      Node c = get(row, "class");
      String type = PageLayout.ENTITY_TYPES.get(c.getURI());
      if (!type.equals(current)) {
        if (current != null) {
          h.close("p");
        }
        current = type;
        h.element("h3", type, "class", "t-" + type).open("p", "class", "entities");
      }
      PageLayout.term(h, site.links(), get(row, "e"), get(row, "label"));
      h.raw(" · ");
    }
    if (current != null) {
      h.close("p");
    }
  }
}
