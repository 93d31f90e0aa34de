package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * {@code GET /graph/{doc}}: the named graph {@code {base}graph/{doc}} (one document's facts, or
 * {@code ontology}). Browsers get {@code 303} to the document's page; RDF clients get the graph's
 * triples in the form {@code Accept} asks for, with {@code Vary: Accept}.
 */
final class NamedGraphServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private final transient LinkedDataSite site;

  NamedGraphServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    String name = rest(request);
    Node iri = NodeFactory.createURI(site.links().base() + "graph/" + name);
    DatasetGraph dsg = site.sparql().dataset();
    Graph copy =
        name.isEmpty()
            ? null
            : Txn.calculateRead(
                dsg,
                () -> {
                  if (!dsg.containsGraph(iri)) {
                    return null;
                  }
                  Graph g = GraphFactory.createDefaultGraph();
                  g.getPrefixMapping().setNsPrefixes(Vocabularies.PREFIXES);
                  dsg.getGraph(iri).find().forEach(g::add);
                  return g.isEmpty() ? null : g;
                });
    if (copy == null) {
      plain(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "Not found: no named graph " + iri.getURI() + " in this dataset.");
      return;
    }
    Optional<String> type = DataFormat.negotiateId(request.getHeader("Accept"));
    if (type.isEmpty()) {
      plain(
          response,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Not acceptable: "
              + request.getHeader("Accept")
              + ". This graph is available as "
              + DataFormat.offered()
              + ".");
      return;
    }
    if (type.get().equals(DataFormat.HTML)) {
      String page = site.links().href(iri);
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", page);
      response.setContentType("text/plain; charset=utf-8");
      response.getWriter().println("See " + page);
      return;
    }
    DataFormat f = DataFormat.byMediaType(type.get()).orElseThrow();
    response.setContentType(f.mediaType + "; charset=utf-8");
    if (f == DataFormat.JSONLD) {
      Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
      JsonLdForm.write(copy, origin(request) + "/context.jsonld", writer);
      writer.flush();
    } else {
      RDFDataMgr.write(response.getOutputStream(), copy, f.lang);
    }
  }
}
