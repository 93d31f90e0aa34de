package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.graph.KG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code GET /page/{path}}: the HTML page of {@code {base}id/{path}}: entity, document or other.
 */
final class PageServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;

  /**
   * What the resource says, with the names of what it points to ({@code %s}: in which language).
   */
  private static final String OWN =
      """
      SELECT DISTINCT ?p ?o ?oLabel WHERE { ?s ?p ?o %s }
      ORDER BY ?p ?o""";

  private final transient LinkedDataSite site;

  PageServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = rest(request);
    Node iri = NodeFactory.createURI(site.links().iriOfIdPath(path));
    if (path.isEmpty() || !site.descriptions().known(iri)) {
      plain(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "Not found: no resource " + iri.getURI() + " in this dataset.");
      return;
    }
    PageTexts texts = PageTexts.of(request);
    List<Binding> own = site.sparql().select(OWN.formatted(texts.labelOf("o", "oLabel")), "s", iri);
    html(response, render(texts, iri, path, own, request.getParameterMap()));
  }

  private String render(
      PageTexts texts, Node iri, String path, List<Binding> own, Map<String, String[]> parameters) {
    boolean entity = false;
    boolean document = false;
    for (Binding row : own) {
      if (get(row, "p").equals(RDF.type.asNode())) {
        Node type = get(row, "o");
        entity |= type.isURI() && PageLayout.ENTITY_TYPES.containsKey(type.getURI());
        document |= type.equals(KG.Document);
      }
    }
    if (document) {
      return new DocumentPage(site, texts).render(iri, path, own, DocumentHit.parse(parameters));
    }
    if (entity) {
      return new EntityPage(site, texts).render(iri, path, own, parameters);
    }
    return new ResourcePage(site, texts).render(iri, path, own);
  }
}
