package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /static/…}: the pages' style sheet (with the entity types' {@link Palette}) and scripts
 * from the jar, and Cytoscape.js, Chart.js and YASGUI from their WebJars (fetched by Maven at build
 * time, never committed or loaded from a CDN). Only the files named here are served.
 */
final class StaticServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private static final String OWN = "/nl/kamergraaf/serve/pages/static/";
  private static final Map<String, String> FILES =
      Map.of(
          "kamergraaf.css",
          OWN + "kamergraaf.css",
          "graph.js",
          OWN + "graph.js",
          "charts.js",
          OWN + "charts.js",
          "sparql-editor.js",
          OWN + "sparql-editor.js",
          "cytoscape.min.js",
          webjar("cytoscape", "dist/cytoscape.min.js"),
          "chart.umd.min.js",
          webjar("chart.js", "dist/chart.umd.min.js"),
          "yasgui.min.js",
          webjar("zazuko__yasgui", "build/yasgui.min.js"),
          "yasgui.min.css",
          webjar("zazuko__yasgui", "build/yasgui.min.css"));

  /** A file of an npm WebJar on the class path, in the folder of the version it holds. */
  static String webjar(String artifact, String file) {
    return "/META-INF/resources/webjars/" + artifact + "/" + webjarVersion(artifact) + "/" + file;
  }

  /** The version of an npm WebJar on the class path, as its Maven metadata says. */
  static String webjarVersion(String artifact) {
    try (InputStream in =
        StaticServlet.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
      if (in == null) {
        return "missing";
      }
      Properties p = new Properties();
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
      // The WebJar files are large (YASGUI: 1 MB); a browser keeps them for a day.
      response.setHeader(
          "Cache-Control",
          name.contains(".min.") ? "public, max-age=86400" : "public, max-age=3600");
      securityHeaders(response);
      in.transferTo(response.getOutputStream());
      if (name.equals("kamergraaf.css")) {
        response.getOutputStream().write(Palette.css().getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
