package nl.kamergraaf.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kamergraaf fetch} in another JVM, killed with SIGKILL in the middle of a download:
 * the folder holds no half file under a real name, every paper in it is whole, and the next fetch
 * completes the folder.
 */
@Tag("slow") // a child JVM killed during a fetch
class KilledFetchTest {
  private static final String STALLED = "a0000000-0000-4000-8000-000000000002"; // 2026D26000.pdf
  @TempDir Path tmp;

  @Test
  void aFetchKilledMidDownloadLeavesNoHalfFileAndTheNextRunCompletesIt() throws Exception {
    Path out = tmp.resolve("tk");
    try (StandInApi api = new StandInApi()) {
      api.use("run2");
      api.stall(STALLED);
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "nl.kamergraaf.Main",
                  "fetch",
                  "--api",
                  api.root(),
                  "--output",
                  out.toString(),
                  "--since",
                  "2025-01-01")
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("child.log").toFile())
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (api.count("Document(" + STALLED + ")/resource") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(
          1,
          api.count("Document(" + STALLED + ")/resource"),
          Files.readString(tmp.resolve("child.log")));
      Thread.sleep(300); // the half that was sent reaches the part file
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));

      assertFalse(Files.exists(out.resolve("2026D26000.pdf")), "no half file under a real name");
      assertFalse(Files.exists(out.resolve("2026D26000.json")));
      assertTrue(
          Files.exists(out.resolve("2026D10300.docx")), "the paper before it was whole and stays");
      assertEquals(
          Files.size(out.resolve("2026D10300.docx")),
          new ObjectMapper()
              .readTree(out.resolve("2026D10300.json").toFile())
              .get("ContentLength")
              .asLong());

      api.releaseStall();
      FetchSummary next = new Fetch(FetchTest.settings(api, out), FetchListener.quiet()).run();
      assertEquals(List.of(), next.failed());
      assertEquals(1, next.upToDate(), "2026D10300 was not fetched again");
      assertEquals(9, next.downloaded());
      assertTrue(Files.exists(out.resolve("2026D26000.pdf")));
      assertEquals(List.of(), hiddenParts(out), "the killed run's part file is gone");
    }
  }

  private static List<String> hiddenParts(Path dir) throws IOException {
    List<String> parts = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).forEach(parts::add);
    }
    return parts;
  }
}
