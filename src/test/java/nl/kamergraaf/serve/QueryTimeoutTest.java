package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query that would run for hours is cut off with an error; a cheap one still answers. */
class QueryTimeoutTest {
  /** Every triple with every triple with every triple: about 2 700³ rows to count. */
  private static final String CROSS_PRODUCT =
      "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

  @TempDir static Path store;
  private static ServedCorpus served;

  @BeforeAll
  static void serve() {
    served = new ServedCorpus(store, server -> server.queryTimeout(Duration.ofMillis(500)));
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

  @Test
  void askingForMoreTimeDoesNotLiftTheLimit() {
    String hourLong = "/sparql?timeout=3600&query=" + ServedCorpus.encode(CROSS_PRODUCT);
    var response = served.send(HttpRequest.newBuilder(served.uri(hourLong)).GET());

    assertEquals(503, response.statusCode(), response.body());
  }

  @Test
  void cheapQueryStillAnswers() {
    var response = served.query("/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("n\r\n"), response.body());
  }
}
