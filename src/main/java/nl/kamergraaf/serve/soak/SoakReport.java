package nl.kamergraaf.serve.soak;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * What a soak run measured: requests by kind, errors (unexpected answers), timeouts (expected ones,
 * from the query that always runs too long), heap and threads before and after, and the entity-page
 * p99 alone and while expensive queries run.
 */
public record SoakReport(
    long seconds,
    int clients,
    Map<String, Long> requests,
    long errors,
    List<String> firstErrors,
    long timeouts,
    long heapBefore,
    long heapAfter,
    int threadsBefore,
    int threadsAfter,
    int expensiveClients,
    double pageP99Alone,
    double pageP99Loaded,
    double cheapP99InSoak) {
  /** Heap growth (after garbage collection) beyond this fails the run. */
  public static final long MAX_HEAP_GROWTH = 64L << 20;

  /** Thread growth beyond this fails the run (the server's pool varies a little with load). */
  public static final int MAX_THREAD_GROWTH = 8;

  /** Entity pages may get this much slower while expensive queries run. */
  public static final double MAX_STARVATION_RATIO = 2.0;

  public SoakReport {
    requests = Map.copyOf(requests);
    firstErrors = List.copyOf(firstErrors);
  }

  public long totalRequests() {
    return requests.values().stream().mapToLong(Long::longValue).sum();
  }

  /** How much slower entity pages got with the expensive queries running (p99 / p99). */
  public double starvationRatio() {
    return pageP99Loaded / pageP99Alone;
  }

  /** Whether the run held: no errors, flat heap and threads, pages not starved. */
  public boolean passed() {
    return errors == 0
        && heapAfter - heapBefore <= MAX_HEAP_GROWTH
        && threadsAfter - threadsBefore <= MAX_THREAD_GROWTH
        && (expensiveClients == 0 || starvationRatio() <= MAX_STARVATION_RATIO);
  }

  public void print(PrintWriter out) {
    out.printf(
        "Soak: %d clients for %d s, %,d requests, %d errors, %d timeouts (expected: the "
            + "cross-product query)%n",
        clients, seconds, totalRequests(), errors, timeouts);
    requests.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.printf("  %-34s %,8d%n", e.getKey(), e.getValue()));
    firstErrors.forEach(e -> out.println("  error: " + e));
    out.printf(
        "Heap after GC: %.1f MiB before, %.1f MiB after (%+.1f MiB; limit +%d MiB)%n",
        mib(heapBefore), mib(heapAfter), mib(heapAfter - heapBefore), MAX_HEAP_GROWTH >> 20);
    out.printf(
        "Threads: %d before, %d after (%+d; limit +%d)%n",
        threadsBefore, threadsAfter, threadsAfter - threadsBefore, MAX_THREAD_GROWTH);
    out.printf("Cheap requests in the soak: p99 %.1f ms%n", cheapP99InSoak);
    if (expensiveClients > 0) {
      out.printf(
          "Entity page p99: %.1f ms alone, %.1f ms with %d expensive queries running: "
              + "%.2f× (limit %.1f×)%n",
          pageP99Alone, pageP99Loaded, expensiveClients, starvationRatio(), MAX_STARVATION_RATIO);
    }
    out.println(passed() ? "Soak passed." : "Soak FAILED.");
    out.flush();
  }

  private static double mib(long bytes) {
    return bytes / 1048576.0;
  }
}
