package nl.kamergraaf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic of the benchmark report: medians, nearest-rank percentiles, GC-log peaks. */
class StatsTest {
  @TempDir Path dir;

  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, Stats.of(List.of(3.0, 1.0, 2.0)).median());
    assertEquals(2.5, Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).median());
  }

  @Test
  void percentilesAreNearestRank() {
    List<Double> hundred = new ArrayList<>();
    for (int i = 100; i >= 1; i--) {
      hundred.add((double) i);
    }
    Stats s = Stats.of(hundred);
    assertEquals(10.0, s.p10());
    assertEquals(90.0, s.p90());
    assertEquals(99.0, s.p99());
    assertEquals(1.0, s.min());
    assertEquals(100.0, s.max());
  }

  @Test
  void peakHeapIsTheLargestHeapBeforeACollection() throws IOException {
    Path log = dir.resolve("gc.log");
    Files.writeString(
        log,
        String.join(
            "\n",
            "[0.5s][info][gc] Using G1",
            "[1.2s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->12M(1024M) 3.1ms",
            "[9.0s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 733M->401M(1024M) 20ms",
            "[9.5s][info][gc] GC(8) Pause Remark 420M->420M(1024M) 1.0ms"));
    assertEquals(733, ChildJvm.peakHeapMiB(log));
    assertEquals(-1, ChildJvm.peakHeapMiB(dir.resolve("missing.log")));
  }
}
