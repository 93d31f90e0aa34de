package nl.kamergraaf.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.kamergraaf.graph.BundledCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real graph library reads the exports: Python's networkx loads the GraphML and GEXF files and
 * finds every node, every edge and the weights. Skipped when python3 with networkx is missing (CI
 * installs python3-networkx; see .ci/run).
 */
@Tag("slow") // a Python child process (networkx)
class NetworkxReadsExportsTest {
  private static ExportGraph graph;
  @TempDir Path tmp;

  @BeforeAll
  static void needsNetworkx() throws Exception {
    Assumptions.assumeTrue(
        run(Path.of("."), "python3", "-c", "import networkx").exit == 0,
        "python3 with networkx is not installed (apt-get install python3-networkx)");
    graph = GraphExtract.extract(BundledCorpus.dataset(), ExportFilter.all());
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"GRAPHML", "GEXF"})
  void networkxCountsWhatWasExported(ExportFormat format) throws Exception {
    Path file = tmp.resolve(format.fileName());
    try (OutputStream out = Files.newOutputStream(file)) {
      format.write(graph, out);
    }
    Path script = tmp.resolve("count_graph.py");
    try (var in = getClass().getResourceAsStream("/nl/kamergraaf/export/count_graph.py")) {
      Files.copy(in, script);
    }
    Result r = run(tmp, "python3", script.toString(), file.toString());
    assertEquals(0, r.exit, r.output);
    long weights = graph.edges().stream().mapToLong(GraphEdge::weight).sum();
    assertEquals(
        graph.nodes().size() + " " + graph.edges().size() + " " + weights, r.output.strip());
  }

  private record Result(int exit, String output) {}

  private static Result run(Path dir, String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return new Result(-1, e.getMessage()); // no python3 at all
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, "timed out: " + out);
    }
    return new Result(p.exitValue(), out);
  }
}
