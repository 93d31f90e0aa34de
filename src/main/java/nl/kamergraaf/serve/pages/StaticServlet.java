package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /static/…}: the pages' style sheet and scripts from the jar, and Cytoscape.js from its
 * WebJar. Only the files named here are served.
 */
final class StaticServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private static final String OWN = "/nl/kamergraaf/serve/pages/static/";
  private static final Map<String, String> FILES = Map.of(
      "kamergraaf.css", OWN + "kamergraaf.css",
      "graph.js", OWN + "graph.js",
      "cytoscape.min.js",
      "/META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/dist/cytoscape.min.js");

  /** The version of the Cytoscape.js WebJar on the class path, as its Maven metadata says. */
  static String cytoscapeVersion() {
    try (InputStream in = StaticServlet.class.getResourceAsStream(
        "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
      if (in == null) {
        return "missing";
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version", "missing");
    } catch (IOException e) {
      return "missing";
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = rest(request);
    String resource = FILES.get(name);
    InputStream in = resource == null ? null : getClass().getResourceAsStream(resource);
    if (in == null) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: /static/" + name);
      return;
    }
    try (in) {
      response.setContentType(
          (name.endsWith(".css") ? "text/css" : "text/javascript") + "; charset=utf-8");
      response.setHeader("Cache-Control", "public, max-age=3600");
      securityHeaders(response);
      in.transferTo(response.getOutputStream());
    }
  }
}
