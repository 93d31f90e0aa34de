package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamergraaf.export.ExportFilter;
import nl.kamergraaf.export.ExportGraph;
import nl.kamergraaf.export.GraphExtract;
import nl.kamergraaf.graph.BundledCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity page, the document page and the graph view in headless Chromium: they render, the
 * graph view draws the Cytoscape JSON export, and the console shows no script error and no
 * content blocked by the Content-Security-Policy. Skipped when no Chromium is installed (CI
 * installs it; see .ci/run). Screenshots go to target/screenshots/.
 */
class BrowserTest {
  private static HeadlessChromium chromium;
  private static SiteServer site;
  @TempDir Path work;

  @BeforeAll
  static void start() {
    chromium = HeadlessChromium.find().orElse(null);
    Assumptions.assumeTrue(chromium != null,
        "no chromium on the PATH: install it (apt-get install chromium) to run the browser tests");
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private HeadlessChromium.Visit visit(String path, String shot) throws Exception {
    HeadlessChromium.Visit v = chromium.visit(site.url(path), work);
    assertTrue(v.problems().isEmpty(), path + ": " + v.problems());
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    chromium.screenshot(site.url(path), shots.resolve(shot + ".png").toAbsolutePath(), 1300, 1600, work);
    return v;
  }

  @Test
  void entityPageRenders() throws Exception {
    HeadlessChromium.Visit v = visit("/page/org/navo", "entity");
    assertTrue(v.dom().contains("<h1>NAVO</h1>"), v.dom().substring(0, Math.min(500, v.dom().length())));
    assertTrue(v.dom().contains("Relations ("));
  }

  @Test
  void documentPageRenders() throws Exception {
    HeadlessChromium.Visit v = visit("/page/doc/002_13d841ed3eb9d257", "document");
    assertTrue(v.dom().contains("class=\"doc-text\""));
    assertTrue(v.dom().contains("class=\"mention t-country\""));
  }

  @Test
  void graphViewDrawsTheNeighbourhoodFromTheCytoscapeExport() throws Exception {
    ExportGraph expected = GraphExtract.extract(BundledCorpus.dataset(),
        new ExportFilter(java.util.Set.of(), null, null, null, "org/navo", 1));
    HeadlessChromium.Visit v = visit("/graph?entity=org/navo&hops=1", "graph");
    assertTrue(!v.dom().contains("data-script-error"), v.dom().substring(0, 800));
    String ready = "data-graph-ready=\"" + expected.nodes().size() + " " + expected.edges().size() + "\"";
    assertTrue(v.dom().contains(ready), "expected " + ready + " in " + v.dom().substring(0, 600));
    assertTrue(v.dom().contains("<canvas"), "Cytoscape.js drew on a canvas");
    assertTrue(v.dom().contains("type=\"checkbox\""), "a check box per type to filter by");
  }
}
