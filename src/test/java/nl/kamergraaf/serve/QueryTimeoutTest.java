package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query that would run for hours is cut off with an error within the timeout plus two seconds,
 * and leaves no work running (measured against the CPU the idle process uses in the same test); a
 * cheap one still answers.
 */
@Tag("slow") // waits for query timeouts
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

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(server -> server.queryTimeout(TIMEOUT));

  @Test
  void expensiveQueryIsCutOff() {
    var response = served.query("/sparql", CROSS_PRODUCT, "text/csv");

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(response.body().contains("timed out"), response.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {CROSS_PRODUCT, OPTIONAL_NOT_EXISTS})
  void expensiveQueryEndsWithinTheTimeoutAndLeavesTheCpuIdle(String query) throws Exception {
    // What this process uses in a second with the server idle (compiler, collector, the other
    // threads of the test run): the yardstick for the second after the timeout.
    long idle = cpuNanosInOneSecond();

    long start = System.nanoTime();
    var response = served.query("/sparql", query, "text/csv");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(took.compareTo(TIMEOUT.plus(GRACE)) < 0, "took " + took);
    // A query left running after its answer would keep a core busy, adding about a second of
    // CPU to the idle second; half of that is the bound.
    long after = cpuNanosInOneSecond();
    assertTrue(
        after - idle < 500_000_000L,
        "CPU in the second after the timeout: "
            + after / 1_000_000
            + " ms, with the server idle: "
            + idle / 1_000_000
            + " ms");
  }

  private static long cpuNanosInOneSecond() throws InterruptedException {
    long before = processCpuNanos();
    Thread.sleep(1000);
    return processCpuNanos() - before;
  }

  @Test
  void askingForMoreTimeDoesNotLiftTheLimit() {
    String hourLong = "/sparql?timeout=3600&query=" + ServedCorpus.encode(CROSS_PRODUCT);
    var response = served.send(HttpRequest.newBuilder(served.uri(hourLong)).GET());

    assertEquals(503, response.statusCode(), response.body());
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  @Test
  void cheapQueryStillAnswers() {
    var response = served.query("/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("n\r\n"), response.body());
  }
}
