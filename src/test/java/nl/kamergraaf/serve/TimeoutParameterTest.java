package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every form of the {@code timeout} parameter can only shorten the server's limit: one number, two
 * numbers ("time to the first row, time overall"), in the URL or in a form body. The two-number
 * form once set Jena's time-to-first-row limit outside the server's cap, and a query with no row
 * until its end ran for as long as the client asked.
 */
@Tag("slow") // waits for query timeouts
class TimeoutParameterTest {
  /** Counting a three-fold cross product: no row until the very end, hours on this corpus. */
  private static final String CROSS_PRODUCT =
      "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(server -> server.queryTimeout(TIMEOUT));

  @Test
  void noFormOfTheParameterOutlastsTheServersTimeout() {
    String query = ServedCorpus.encode(CROSS_PRODUCT);
    // The baseline: the same query cut off by the server's own timeout.
    Timed baseline = timed(HttpRequest.newBuilder(served.uri("/sparql?query=" + query)));
    assertEquals(503, baseline.response.statusCode(), baseline.response.body());

    List<HttpRequest.Builder> asking =
        List.of(
            HttpRequest.newBuilder(served.uri("/sparql?timeout=600,600&query=" + query)),
            HttpRequest.newBuilder(served.uri("/sparql?timeout=600000,1&query=" + query)),
            HttpRequest.newBuilder(served.uri("/sparql?timeout=600&query=" + query)),
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("timeout=600,600&query=" + query)),
            HttpRequest.newBuilder(served.uri("/sparql?query=" + query))
                .header("Timeout", "600,600"));
    // Generous against a loaded machine, and far below the ten minutes asked for.
    Duration bound = baseline.took.multipliedBy(3).plusSeconds(3);
    for (HttpRequest.Builder request : asking) {
      Timed t = timed(request.timeout(bound.plusSeconds(5)));
      assertEquals(503, t.response.statusCode(), t.response.body());
      assertTrue(
          t.took.compareTo(bound) < 0,
          "took " + t.took + " against a baseline of " + baseline.took);
    }
  }

  private record Timed(HttpResponse<String> response, Duration took) {}

  private static Timed timed(HttpRequest.Builder request) {
    long start = System.nanoTime();
    HttpResponse<String> response = served.sendAsIs(request);
    return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
  }
}
