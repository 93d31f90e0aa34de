package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamergraaf.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The verbs scripts call, run in-process: build with bad documents among good ones, then query. */
class CommandLineTest {
  @TempDir Path tmp;

  @Test
  void buildSkipsBadDocumentsWithTheirFileAndKeepsTheRest() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(
        Path.of("data/corpus/004_62cc81db4921119a.txt"), input.resolve("004_62cc81db4921119a.txt"));
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Files.write(
        input.resolve("latin1.txt"),
        "Ministerie van Defensie \u00e9\u00e9n".getBytes(StandardCharsets.ISO_8859_1));
    Path store = tmp.resolve("store");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("build", "--input", input.toString(), "--store", store.toString());

    assertEquals(ExitCodes.DOCUMENTS_REJECTED, code, err.toString());
    assertTrue(out.toString().contains("Built 1 documents"), out.toString());
    assertTrue(err.toString().contains("empty.txt"), err.toString());
    assertTrue(err.toString().contains("latin1.txt"), err.toString());

    String csv = query(store, "queries/questions.rq", "csv");
    assertEquals(11, csv.lines().count(), csv); // header + 10 questions of 004
    assertTrue(csv.contains("004_62cc81db4921119a.txt,5,SGP,Minister van Defensie"), csv);
  }

  @Test
  void queryWithoutAStoreSaysHowToMakeOne() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    int code =
        cl.execute("query", "queries/questions.rq", "--store", tmp.resolve("none").toString());
    assertEquals(ExitCodes.STORE, code);
    assertTrue(err.toString().contains("kamergraaf build"), err.toString());
  }

  @Test
  void buildOfAMissingFolderIsAnIngestError() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int code =
        cl.execute(
            "build",
            "--input",
            tmp.resolve("nope").toString(),
            "--store",
            tmp.resolve("s").toString());
    assertEquals(ExitCodes.INGEST, code);
    assertTrue(err.toString().contains("nope"), err.toString());
  }

  /** What {@code kamergraaf query} prints, caught from picocli's writer. */
  private static String query(Path store, String file, String format) {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("query", file, "--store", store.toString(), "--format", format);
    assertEquals(0, code);
    return out.toString();
  }
}
