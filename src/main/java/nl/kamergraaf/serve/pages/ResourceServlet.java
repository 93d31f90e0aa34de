package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** One file from the class path at a fixed path, e.g. the JSON-LD context or the ontology. */
final class ResourceServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private final String resource;
  private final String contentType;

  ResourceServlet(String resource, String contentType) {
    this.resource = resource;
    this.contentType = contentType;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      if (in == null) {
        plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + resource);
        return;
      }
      response.setContentType(contentType + "; charset=utf-8");
      response.setHeader("Access-Control-Allow-Origin", "*");
      in.transferTo(response.getOutputStream());
    }
  }
}
