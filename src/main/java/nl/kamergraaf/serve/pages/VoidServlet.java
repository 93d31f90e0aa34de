package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.riot.RDFDataMgr;

/** {@code GET /.well-known/void}: the VoID and DCAT description, Turtle unless Accept says else. */
final class VoidServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private final transient DatasetDescription description;

  VoidServlet(LinkedDataSite site) {
    this.description = site.description();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    Optional<DataFormat> format = DataFormat.negotiateData(request.getHeader("Accept"));
    if (format.isEmpty()) {
      plain(
          response,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Not acceptable: "
              + request.getHeader("Accept")
              + ". The description is available as text/turtle, "
              + "application/ld+json, application/n-triples and application/rdf+xml.");
      return;
    }
    response.setContentType(format.get().mediaType + "; charset=utf-8");
    response.setHeader("Access-Control-Allow-Origin", "*");
    RDFDataMgr.write(
        response.getOutputStream(), description.describe(origin(request)), format.get().lang);
  }
}
