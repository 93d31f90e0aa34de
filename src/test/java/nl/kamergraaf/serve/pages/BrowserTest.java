package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.export.ExportFilter;
import nl.kamergraaf.export.ExportGraph;
import nl.kamergraaf.export.GraphExtract;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity page, the document page and the graph view in headless Chromium: they render, the
 * graph view draws the Cytoscape JSON export, and the console shows no script error and no content
 * blocked by the Content-Security-Policy. And a researcher's walk: search for a word, follow a hit
 * to its marked span, run an example query in the SPARQL editor and see its rows, and look at the
 * charts of an entity page and of the home page. Skipped when no Chromium is installed (CI installs
 * it; see .ci/run). Screenshots go to target/screenshots/.
 */
@Tag("slow") // headless Chromium
class BrowserTest {
  private static HeadlessChromium chromium;
  private static SiteServer site;
  @TempDir Path work;

  @BeforeAll
  static void start() {
    chromium = HeadlessChromium.find().orElse(null);
    Assumptions.assumeTrue(
        chromium != null,
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
    chromium.screenshot(
        site.url(path), shots.resolve(shot + ".png").toAbsolutePath(), 1300, 1600, work);
    return v;
  }

  @Test
  void entityPageRenders() throws Exception {
    HeadlessChromium.Visit v = visit("/page/org/navo", "entity");
    // The page is in the language the browser asks for (Chromium's own, usually English).
    boolean dutch = v.dom().contains("<html lang=\"nl\"");
    assertTrue(
        v.dom().contains(dutch ? "<h1>NAVO</h1>" : "<h1>NATO</h1>"),
        v.dom().substring(0, Math.min(500, v.dom().length())));
    assertTrue(v.dom().contains("Relations (") || dutch && v.dom().contains("Relaties ("));
  }

  @Test
  void documentPageRenders() throws Exception {
    HeadlessChromium.Visit v = visit("/page/doc/002_13d841ed3eb9d257", "document");
    assertTrue(v.dom().contains("class=\"doc-text\""));
    assertTrue(v.dom().contains("class=\"mention t-country\""));
  }

  @Test
  void graphViewDrawsTheNeighbourhoodFromTheCytoscapeExport() throws Exception {
    ExportGraph expected =
        GraphExtract.extract(
            BundledCorpus.dataset(), new ExportFilter(Set.of(), null, null, null, "org/navo", 1));
    HeadlessChromium.Visit v = visit("/graph?entity=org/navo&hops=1", "graph");
    assertTrue(!v.dom().contains("data-script-error"), v.dom().substring(0, 800));
    String ready =
        "data-graph-ready=\"" + expected.nodes().size() + " " + expected.edges().size() + "\"";
    assertTrue(v.dom().contains(ready), "expected " + ready + " in " + v.dom().substring(0, 600));
    assertTrue(v.dom().contains("<canvas"), "Cytoscape.js drew on a canvas");
    assertTrue(v.dom().contains("type=\"checkbox\""), "a check box per type to filter by");
  }

  @Test
  void searchThenFollowAHitToItsMarkedSpan() throws Exception {
    HeadlessChromium.Visit results = visit("/search?q=drones", "search");
    assertTrue(results.dom().contains("action=\"/search\""), "the search box");
    Matcher link =
        Pattern.compile("href=\"(/page/doc/[0-9a-z_]+\\?hit=\\d+-\\d+)#hit\"")
            .matcher(results.dom());
    assertTrue(link.find(), "a hit links to its span: " + results.dom().substring(0, 600));
    assertTrue(results.dom().contains("<mark>"), "the snippet marks the words");
    HeadlessChromium.Visit doc = visit(link.group(1).replace("&amp;", "&") + "#hit", "search-hit");
    Matcher hit =
        Pattern.compile("<mark id=\"hit\" class=\"hit\">([^<]*)</mark>").matcher(doc.dom());
    assertTrue(hit.find(), "the document page marks the span");
    assertTrue(hit.group(1).toLowerCase(Locale.ROOT).startsWith("drone"), hit.group(1));
  }

  @Test
  void sparqlEditorRunsAnExampleQueryAndShowsItsRows() throws Exception {
    long expected =
        Txn.calculateRead(
            BundledCorpus.dataset(),
            () -> {
              try (var in = getClass().getResourceAsStream("/queries/questions.rq");
                  var qe =
                      QueryExec.dataset(BundledCorpus.dataset())
                          .query(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                          .build()) {
                long n = 0;
                for (var rows = qe.select(); rows.hasNext(); rows.next()) {
                  n++;
                }
                return n;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    // ?run= clicks the example's button, as a person would.
    HeadlessChromium.Visit v = visit("/sparql?run=questions.rq", "sparql-editor");
    assertTrue(v.dom().contains("class=\"yasqe") || v.dom().contains("CodeMirror"), "the editor");
    assertTrue(
        v.dom().contains("data-rows=\"" + expected + "\""),
        "the example ran and gave " + expected + " rows");
    assertTrue(
        v.dom().contains("<tbody") && v.dom().contains("000_60dd4be6d4d1a68f.txt"),
        "the rows are shown as a table");
    assertTrue(v.dom().contains("search-munitie-per-fractie.rq"), "every example is offered");
  }

  @Test
  void entityAndHomePageChartsRender() throws Exception {
    HeadlessChromium.Visit entity = visit("/page/country/nl", "entity-charts");
    assertTrue(entity.dom().contains("data-charts-drawn=\"2\""), "two charts drawn");
    assertTrue(
        entity.dom().contains("Relations by counterpart")
            || entity.dom().contains("Relaties per tegenpartij"),
        "relations grouped");
    HeadlessChromium.Visit home = visit("/", "home");
    assertTrue(home.dom().contains("data-charts-drawn=\"3\""), "three charts on the home page");
  }

  @Test
  void graphViewStartsOnTheMostConnectedEntities() throws Exception {
    HeadlessChromium.Visit v = visit("/graph", "graph-start");
    Matcher ready = Pattern.compile("data-graph-ready=\"(\\d+) (\\d+)\"").matcher(v.dom());
    assertTrue(ready.find(), v.dom().substring(0, 600));
    int nodes = Integer.parseInt(ready.group(1));
    assertTrue(nodes > 0 && nodes <= GraphViewServlet.TOP, "a readable start: " + nodes + " nodes");
    assertTrue(
        v.dom().contains("<option value=\"country/nl\""), "the centre picker knows the entities");
  }
}
