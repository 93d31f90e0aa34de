package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query that would run for hours is cut off with an error within the timeout plus two seconds,
 * and leaves no work running; a cheap one still answers.
 */
class QueryTimeoutTest {
  /** Every triple with every triple with every triple: about 2 700³ rows to count. */
  private static final String CROSS_PRODUCT =
      "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

  /** Every triple with every other, each pair checked against every path of two steps. */
  private static final String OPTIONAL_NOT_EXISTS =
      "SELECT (COUNT(*) AS ?n) { ?a ?p ?b OPTIONAL { ?c ?q ?d } "
          + "FILTER NOT EXISTS { ?a ?r ?e . ?e ?t ?f FILTER(?f = ?d) } }";
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  /** The bound: cut off within the timeout plus two seconds. */
  private static final Duration GRACE = Duration.ofSeconds(2);

  @TempDir static Path store;
  private static ServedCorpus served;

  @BeforeAll
  static void serve() {
    served = new ServedCorpus(store, server -> server.queryTimeout(TIMEOUT));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void expensiveQueryIsCutOff() {
    var response = served.query("/sparql", CROSS_PRODUCT, "text/csv");

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(response.body().contains("timed out"), response.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {CROSS_PRODUCT, OPTIONAL_NOT_EXISTS})
  void expensiveQueryEndsWithinTheTimeoutAndLeavesTheCpuIdle(String query) throws Exception {
    long start = System.nanoTime();
    var response = served.query("/sparql", query, "text/csv");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(took.compareTo(TIMEOUT.plus(GRACE)) < 0, "took " + took);
    // A query left running after its answer would keep a core busy: over one second of wall
    // time, the whole process must use well under one second of CPU.
    long cpuBefore = processCpuNanos();
    Thread.sleep(1000);
    long cpu = processCpuNanos() - cpuBefore;
    assertTrue(cpu < 500_000_000L, "CPU after the timeout: " + cpu / 1_000_000 + " ms in 1 s");
  }

  @Test
  void askingForMoreTimeDoesNotLiftTheLimit() {
    String hourLong = "/sparql?timeout=3600&query=" + ServedCorpus.encode(CROSS_PRODUCT);
    var response = served.send(HttpRequest.newBuilder(served.uri(hourLong)).GET());

    assertEquals(503, response.statusCode(), response.body());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @Test
  void cheapQueryStillAnswers() {
    var response = served.query("/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("n\r\n"), response.body());
  }
}
