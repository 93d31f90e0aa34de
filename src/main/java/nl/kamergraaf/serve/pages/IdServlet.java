package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code GET /id/{path}}: the IRI {@code {base}id/{path}} itself. Answers {@code 303 See Other} to
 * the HTML page or to the data in the form the {@code Accept} header asks for (Jena's content
 * negotiation), with {@code Vary: Accept}; {@code 406} in plain text for a form it has not, {@code
 * 404} for an IRI the dataset does not know.
 */
final class IdServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private final transient LinkedDataSite site;

  IdServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    String path = rest(request);
    if (path.isEmpty()
        || !site.descriptions().known(NodeFactory.createURI(site.links().iriOfIdPath(path)))) {
      plain(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "Not found: no resource " + site.links().iriOfIdPath(path) + " in this dataset.");
      return;
    }
    Optional<String> type = DataFormat.negotiateId(request.getHeader("Accept"));
    if (type.isEmpty()) {
      plain(
          response,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Not acceptable: "
              + request.getHeader("Accept")
              + ". This resource is available as "
              + DataFormat.offered()
              + ".");
      return;
    }
    String target =
        type.get().equals(DataFormat.HTML)
            ? "/page/" + path
            : "/data/" + path + "." + DataFormat.byMediaType(type.get()).orElseThrow().extension;
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", target);
    response.setContentType("text/plain; charset=utf-8");
    response.getWriter().println("See " + target);
  }
}
