package nl.kamergraaf.serve.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a soak counts as held, and what its report says. */
class SoakReportTest {
  private static final long MIB = 1 << 20;

  private static SoakReport report(long errors, long heapAfter, int threadsAfter, double loaded) {
    return new SoakReport(
        180,
        8,
        Map.of("page", 900L, "expensive", 12L),
        errors,
        errors == 0 ? List.of() : List.of("page answered 500: boom"),
        12,
        40 * MIB,
        heapAfter,
        50,
        threadsAfter,
        20,
        100.0,
        loaded,
        300.0);
  }

  @Test
  void aCleanRunPasses() {
    SoakReport ok = report(0, 50 * MIB, 52, 180.0);
    assertTrue(ok.passed());
    assertEquals(912, ok.totalRequests());
    assertEquals(1.8, ok.starvationRatio(), 1e-9);
  }

  @Test
  void anyErrorFails() {
    assertFalse(report(1, 40 * MIB, 50, 100.0).passed());
  }

  @Test
  void heapOrThreadGrowthFails() {
    assertFalse(report(0, 40 * MIB + SoakReport.MAX_HEAP_GROWTH + 1, 50, 100.0).passed());
    assertFalse(report(0, 40 * MIB, 50 + SoakReport.MAX_THREAD_GROWTH + 1, 100.0).passed());
  }

  @Test
  void starvedPagesFail() {
    assertFalse(report(0, 40 * MIB, 50, 201.0).passed());
  }

  @Test
  void theReportGivesTheFigures() {
    StringWriter text = new StringWriter();
    report(1, 41 * MIB, 51, 150.0).print(new PrintWriter(text));
    String out = text.toString();
    assertTrue(out.contains("Soak: 8 clients for 180 s, 912 requests, 1 errors, 12 timeouts"), out);
    assertTrue(out.contains("error: page answered 500: boom"), out);
    assertTrue(out.contains("Heap after GC: 40.0 MiB before, 41.0 MiB after (+1.0 MiB"), out);
    assertTrue(out.contains("Threads: 50 before, 51 after (+1; limit +8)"), out);
    assertTrue(
        out.contains(
            "Entity page p99: 100.0 ms alone, 150.0 ms with 20 expensive "
                + "queries running: 1.50× (limit 2.0×)"),
        out);
    assertTrue(out.endsWith("Soak FAILED.\n"), out);
  }
}
