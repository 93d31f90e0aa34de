package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.kamergraaf.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kamergraaf export} run in-process on a store built from one bundled document. */
class ExportCommandTest {
  @TempDir static Path tmp;
  private static Path store;

  @BeforeAll
  static void build() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(
        Path.of("data/corpus/002_13d841ed3eb9d257.txt"), input.resolve("002_13d841ed3eb9d257.txt"));
    store = tmp.resolve("store");
    assertEquals(
        0, run("build", "--input", input.toString(), "--store", store.toString())[0].length());
  }

  /** Runs the command line; returns the exit code ("" for 0), standard output and error. */
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {code == 0 ? "" : Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void graphmlToAFile() throws Exception {
    Path file = tmp.resolve("out/g.graphml");
    String[] r =
        run(
            "export",
            "--store",
            store.toString(),
            "--format",
            "graphml",
            "--output",
            file.toString());
    assertEquals("", r[0], r[2]);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    int nodes = doc.getElementsByTagName("node").getLength();
    assertTrue(nodes > 10, "nodes: " + nodes);
    assertTrue(r[2].contains("Exported " + nodes + " nodes"), r[2]);
  }

  @Test
  void csvWritesNodesAndEdges() throws Exception {
    Path dir = tmp.resolve("csv");
    String[] r =
        run(
            "export",
            "--store",
            store.toString(),
            "--format",
            "csv",
            "--output",
            dir.toString(),
            "--types",
            "country,org",
            "--entity",
            "country/nl",
            "--hops",
            "1");
    assertEquals("", r[0], r[2]);
    String nodes = Files.readString(dir.resolve("nodes.csv"));
    assertTrue(
        nodes.contains("https://w3id.org/kamergraaf/id/country/nl,Nederland,country"), nodes);
    assertTrue(
        nodes.lines().skip(1).allMatch(l -> l.contains(",country,") || l.contains(",org,")), nodes);
    assertTrue(
        Files.readString(dir.resolve("edges.csv")).startsWith("id,source,target,type,weight"));
  }

  @Test
  void aFilterThatNamesNothingExitsWith8() {
    String[] r = run("export", "--store", store.toString(), "--entity", "country/xx");
    assertEquals(Integer.toString(ExitCodes.EXPORT), r[0]);
    assertTrue(r[2].contains("country/xx"), r[2]);
    assertEquals(
        Integer.toString(ExitCodes.EXPORT),
        run("export", "--store", store.toString(), "--types", "planet")[0]);
    // A format that does not exist is bad usage: picocli refuses it and lists the formats.
    assertEquals(
        Integer.toString(ExitCodes.USAGE),
        run("export", "--store", store.toString(), "--format", "svg")[0]);
  }
}
