package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.Main;
import nl.kamergraaf.build.StoreException;
import nl.kamergraaf.eval.EvalException;
import nl.kamergraaf.export.ExportException;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.fetch.FetchException;
import nl.kamergraaf.graph.ShapeViolationException;
import nl.kamergraaf.ingest.IngestException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The options serve, up and soak share and the defaults each gives them; the formats as enums; the
 * exit code each failure declares; the version from the jar.
 */
class CommandOptionsTest {
  @Test
  void serveUpAndSoakShareTheirOptionsWithTheirOwnDefaults() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--store", "s");
    assertEquals(Duration.ofSeconds(30), serve.serving.timeout);
    assertEquals(3030, serve.limits.port);
    UpCommand up = new UpCommand();
    new CommandLine(up).parseArgs();
    assertEquals(Path.of("store"), up.serving.store);
    assertEquals(Path.of("data/corpus"), up.serving.input);
    assertEquals(Duration.ofSeconds(30), up.serving.timeout);
    SoakCommand soak = new SoakCommand();
    new CommandLine(soak).parseArgs("--store", "s", "--timeout", "2m");
    assertEquals(Duration.ofMinutes(2), soak.serving.timeout);
    SoakCommand soakDefault = new SoakCommand();
    new CommandLine(soakDefault).parseArgs("--store", "s");
    assertEquals(Duration.ofSeconds(5), soakDefault.serving.timeout);
  }

  @Test
  void aServerWithoutAStoreIsBadUsage() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.USAGE, cl.execute("serve"));
    assertTrue(
        err.toString().contains("Missing required option: '--store=<store>'"), err.toString());
  }

  @Test
  void theHelpShowsEachCommandsOwnDefaults() {
    assertTrue(help("serve").contains("(default: 30)"), help("serve"));
    assertTrue(help("soak").contains("(default: 5)"), help("soak"));
  }

  @Test
  void formatsAreEnumsThatListTheirValuesAndIgnoreCase() {
    String usage = help("export");
    assertTrue(
        usage.contains("gexf, graphml, cytoscape, csv, nodes-csv, edges-csv, tables"), usage);
    assertTrue(help("query").contains("csv, tsv, json, xml, text"), help("query"));
    ExportCommand export = new ExportCommand();
    CommandLine cl = Main.commandLine();
    new CommandLine(export)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .parseArgs("--store", "s", "--format", "NODES-CSV");
    assertEquals(ExportCommand.Format.NODES_CSV, export.format);
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.USAGE, cl.execute("export", "--store", "s", "--format", "svg"));
    assertTrue(err.toString().contains("Invalid value for option '--format'"), err.toString());
  }

  @Test
  void eachFailureDeclaresItsExitCodeAndNoTwoShareOne() {
    List<KamergraafException> failures =
        List.of(
            new IngestException("x"),
            new ExtractException("x"),
            new StoreException("x"),
            new EvalException("x"),
            new ExportException("x"),
            new FetchException("x"));
    assertEquals(
        List.of(4, 5, 6, 7, 8, 11), failures.stream().map(KamergraafException::exitCode).toList());
    assertEquals(ExitCodes.EXTRACT, new ShapeViolationException("x").exitCode());
    assertEquals(1, new KamergraafException("x").exitCode());
    List<Integer> all =
        List.of(
            ExitCodes.OK,
            ExitCodes.OTHER,
            ExitCodes.USAGE,
            ExitCodes.DOCUMENTS_REJECTED,
            ExitCodes.INGEST,
            ExitCodes.EXTRACT,
            ExitCodes.STORE,
            ExitCodes.EVAL,
            ExitCodes.EXPORT,
            ExitCodes.SOAK_FAILED,
            ExitCodes.BENCH,
            ExitCodes.FETCH);
    assertEquals(all.size(), all.stream().distinct().count(), all.toString());
  }

  @Test
  void theVersionIsTheJarsOrSaysThereIsNoJar() {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    assertEquals(ExitCodes.OK, cl.execute("--version"));
    // Tests run from target/classes, which has no manifest: the version then says so.
    assertTrue(out.toString().startsWith("kamergraaf "), out.toString());
    assertEquals("kamergraaf " + JarVersion.version(), out.toString().strip());
  }

  private static String help(String command) {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.execute(command, "--help");
    return out.toString().replaceAll("\\s+", " ");
  }
}
