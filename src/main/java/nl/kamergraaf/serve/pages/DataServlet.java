package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code GET /data/{path}.{ttl,jsonld,nt,rdf}}: the data document of {@code {base}id/{path}} in the
 * form its extension names; without an extension, in the form {@code Accept} asks for.
 */
final class DataServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private final transient LinkedDataSite site;

  DataServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = rest(request);
    Optional<DataFormat> format = Optional.empty();
    int dot = path.lastIndexOf('.');
    if (dot > path.lastIndexOf('/')) {
      format = DataFormat.byExtension(path.substring(dot + 1));
    }
    if (format.isPresent()) {
      path = path.substring(0, dot);
    } else {
      response.setHeader("Vary", "Accept");
      format = DataFormat.negotiateData(request.getHeader("Accept"));
      if (format.isEmpty()) {
        plain(
            response,
            HttpServletResponse.SC_NOT_ACCEPTABLE,
            "Not acceptable: "
                + request.getHeader("Accept")
                + ". Data is available as text/turtle (.ttl), application/ld+json (.jsonld), "
                + "application/n-triples (.nt) and application/rdf+xml (.rdf).");
        return;
      }
    }
    Node iri = NodeFactory.createURI(site.links().iriOfIdPath(path));
    Graph description = path.isEmpty() ? null : site.descriptions().describe(iri);
    if (description == null || Descriptions.isEmpty(description)) {
      plain(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "Not found: no resource " + iri.getURI() + " in this dataset.");
      return;
    }
    DataFormat f = format.get();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(f.mediaType + (f == DataFormat.NTRIPLES ? "" : "; charset=utf-8"));
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Link", "<" + iri.getURI() + ">; rel=\"describes\"");
    OutputStream out = response.getOutputStream();
    if (f == DataFormat.JSONLD) {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      JsonLdForm.write(description, origin(request) + "/context.jsonld", writer);
      writer.flush();
    } else {
      RDFDataMgr.write(out, description, f.lang);
    }
  }
}
