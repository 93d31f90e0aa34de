package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kamergraaf.export.ExportException;
import nl.kamergraaf.export.ExportFilter;
import nl.kamergraaf.export.ExportFormat;
import nl.kamergraaf.export.ExportGraph;
import nl.kamergraaf.export.GraphExtract;
import nl.kamergraaf.export.tables.TablesExport;

/**
 * {@code GET /export?format=gexf|graphml|cytoscape|nodes-csv|edges-csv} with the filters of {@link
 * ExportFilter}, or {@code format=tables}: the tables for statistics as a zip (whole dataset); the
 * filters of {@link ExportFilter} as parameters: {@code types=country,org}, {@code document=…},
 * {@code from=2024-01-01}, {@code to=…}, {@code entity=country/nl}, {@code hops=2}. A bad parameter
 * gets {@code 400} with the reason.
 */
final class ExportServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  private final transient LinkedDataSite site;

  ExportServlet(LinkedDataSite site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("tables".equals(request.getParameter("format"))) {
      response.setContentType("application/zip");
      response.setHeader("Content-Disposition", "attachment; filename=\"kamergraaf-tables.zip\"");
      TablesExport.toZip(site.sparql().dataset(), response.getOutputStream());
      return;
    }
    ExportFormat format;
    ExportGraph graph;
    try {
      String name = request.getParameter("format");
      format = ExportFormat.named(name == null ? "cytoscape" : name);
      graph = GraphExtract.extract(site.sparql().dataset(), ExportRequest.filter(request));
    } catch (ExportException e) {
      plain(response, HttpServletResponse.SC_BAD_REQUEST, "Bad export request: " + e.getMessage());
      return;
    }
    response.setContentType(format.mediaType() + "; charset=utf-8");
    if (format != ExportFormat.CYTOSCAPE) {
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
    }
    format.write(graph, response.getOutputStream());
  }
}
