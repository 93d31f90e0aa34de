package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import nl.kamergraaf.Main;
import nl.kamergraaf.fetch.StandInApiAccess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kamergraaf fetch} and then {@code build} on the command line, against the stand-in API:
 * what is printed, the exit codes, and a second fetch and build that find nothing to do.
 */
@Tag("slow") // fetch and build the stand-in API's papers through the command line
class FetchCommandTest {
  @TempDir Path tmp;

  /** Exit code, standard output and standard error of one command. */
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void fetchThenBuildThenBothAgainWithNothingToDo() throws Exception {
    Path tk = tmp.resolve("tk");
    Path store = tmp.resolve("store");
    try (var api = StandInApiAccess.start()) {
      api.use("run2");
      Run first =
          run(
              "fetch",
              "--api",
              api.root(),
              "--output",
              tk.toString(),
              "--since",
              "2025-01-01",
              "--people",
              "--retries",
              "2");
      assertEquals(ExitCodes.OK, first.code(), first.err());
      assertTrue(first.out().contains("Fetched 10 papers"), first.out());
      assertTrue(first.out().contains("  [1] 2026D10300.docx: "), first.out());
      assertTrue(
          first.out().contains("  2024D04264: left out, dated 2024-02-06, before 2025-01-01"),
          first.out());
      assertTrue(first.out().contains("people/FractieZetelPersoon.json: 8 entities"), first.out());

      Run build =
          run("build", "--input", tk.toString(), "--store", store.toString(), "--threads", "2");
      assertEquals(ExitCodes.OK, build.code(), build.err());
      assertTrue(
          build.out().contains("People tables: 7 persons, 6 fracties, 8 seats"), build.out());
      assertTrue(build.out().contains("Built 10 documents (10 extracted"), build.out());

      long downloads = api.count("/resource");
      Run again =
          run(
              "fetch",
              "--api",
              api.root(),
              "--output",
              tk.toString(),
              "--since",
              "2025-01-01",
              "--people",
              "--retries",
              "2");
      assertEquals(ExitCodes.OK, again.code(), again.err());
      assertTrue(again.out().contains("Fetched 0 papers (0 bytes), 10 unchanged"), again.out());
      assertEquals(downloads, api.count("/resource"), "the second fetch downloads no file");

      Run rebuild =
          run("build", "--input", tk.toString(), "--store", store.toString(), "--threads", "2");
      assertTrue(rebuild.out().contains("Nothing changed (10 documents unchanged)"), rebuild.out());
    }
  }

  @Test
  void problemsAreListedAtTheEndAndTheExitCodeSaysSo() throws Exception {
    try (var api = StandInApiAccess.start()) {
      Run r =
          run(
              "fetch",
              "--api",
              api.root(),
              "--output",
              tmp.resolve("tk").toString(),
              "--since",
              "2025-01-01",
              "--retries",
              "2");
      assertEquals(ExitCodes.DOCUMENTS_REJECTED, r.code());
      assertTrue(r.err().contains("4 problem(s); the rest was fetched:"), r.err());
      assertTrue(
          r.err()
              .contains("  2025D30004: the API says PDF but the bytes are HTML; it was skipped."),
          r.err());
    }
  }

  @Test
  void anApiThatCannotBeReachedEndsTheFetchWithItsOwnExitCode() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Run r =
        run(
            "fetch",
            "--api",
            "http://127.0.0.1:" + port + "/OData/v4/2.0/",
            "--output",
            tmp.resolve("tk").toString(),
            "--retries",
            "1");
    assertEquals(ExitCodes.FETCH, r.code(), r.err());
    assertTrue(
        r.err().contains("could not list the papers: GET http://127.0.0.1:" + port), r.err());
  }

  @Test
  void badOptionsAreUsageErrorsNamingTheValue() {
    Run dossier = run("fetch", "--output", tmp.toString(), "--dossier", "21 501/28");
    assertEquals(ExitCodes.USAGE, dossier.code());
    assertTrue(
        dossier.err().contains("--dossier '21 501/28' is not a dossier number"), dossier.err());
    Run dates =
        run("fetch", "--output", tmp.toString(), "--since", "2025-02-01", "--until", "2025-01-01");
    assertEquals(ExitCodes.USAGE, dates.code());
    assertTrue(
        dates.err().contains("--until 2025-01-01 lies before --since 2025-02-01"), dates.err());
    Run api = run("fetch", "--output", tmp.toString(), "--api", "ftp://example.org/");
    assertEquals(ExitCodes.USAGE, api.code());
    assertTrue(api.err().contains("--api must be an http(s) address"), api.err());
  }
}
