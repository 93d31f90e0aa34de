package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import nl.kamergraaf.Main;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code soak} over the bundled corpus, briefly: every request of the mix is answered as expected
 * and the figures are reported. (The starvation check, which times requests, is left to the
 * documented long run.)
 */
@Tag("slow") // a soak run under load
class SoakCommandTest {
  @TempDir Path tmp;

  @Test
  void aShortSoakHasNoErrorsAndReportsItsFigures() {
    Path store = tmp.resolve("store");
    assertEquals(
        0,
        Main.commandLine().execute("build", "--input", "data/corpus", "--store", store.toString()));
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    int code =
        cl.execute(
            "soak",
            "--store",
            store.toString(),
            "--duration",
            "8s",
            "--clients",
            "4",
            "--expensive",
            "0",
            "--timeout",
            "20");

    String report = out.toString();
    assertTrue(report.contains(", 0 errors, "), report);
    assertTrue(report.matches("(?s).*  page +[1-9][0-9,]*\\n.*"), report);
    assertTrue(report.contains("Heap after GC: "), report);
    assertTrue(report.contains("Threads: "), report);
    assertEquals(ExitCodes.OK, code, report);
  }

  @Test
  void durationsReadLikePeopleWriteThem() {
    DurationText text = new DurationText();
    assertEquals(Duration.ofSeconds(90), text.convert("90s"));
    assertEquals(Duration.ofMinutes(3), text.convert("3m"));
    assertEquals(Duration.ofHours(1), text.convert("1h"));
    assertEquals(Duration.ofSeconds(45), text.convert("45"));
    assertEquals(Duration.ofMillis(500), text.convert("500ms"));
    for (String bad : new String[] {"", "m", "3x", "-1s", "0"}) {
      assertTrue(
          Assertions.assertThrows(
                  CommandLine.TypeConversionException.class, () -> text.convert(bad))
              .getMessage()
              .contains(bad.isEmpty() ? "''" : bad));
    }
  }

  @Test
  void soakFailedHasItsOwnExitCode() {
    assertEquals(9, ExitCodes.SOAK_FAILED);
  }
}
