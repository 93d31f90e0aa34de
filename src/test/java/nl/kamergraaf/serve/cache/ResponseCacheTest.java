package nl.kamergraaf.serve.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.kamergraaf.serve.ServedCorpus;
import nl.kamergraaf.serve.limits.LimitedQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server sends a whole answer again from memory, byte for byte with the same headers, and never
 * keeps an answer that was cut short, refused or sent as a query body.
 */
@Tag("slow") // answers streamed until the timeout cuts them
class ResponseCacheTest {
  /** Every triple of the bundled corpus's lines, in order. */
  private static final String LABELS = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o";

  /** Every triple with every triple: rows stream out until the timeout cuts them short. */
  private static final String ENDLESS = "SELECT * { ?a ?p ?b . ?c ?q ?d }";

  // No row cap to speak of, so that ENDLESS really streams until the timeout.
  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(
          server -> server.queryTimeout(Duration.ofMillis(1500)).rowCap(Long.MAX_VALUE / 2));

  @RegisterExtension
  static final ServedCorpus uncached = ServedCorpus.forEachClass(server -> server.responseCache(0));

  @Test
  void aRepeatedQueryIsAnsweredFromMemoryWithTheSameBytesAndHeaders() {
    var first = served.query("/sparql", LABELS, "text/csv");
    var again = served.query("/sparql", LABELS, "text/csv");

    assertEquals(200, first.statusCode(), first.body());
    assertEquals("miss", header(first, ResponseCache.HEADER));
    assertEquals("hit", header(again, ResponseCache.HEADER));
    assertTrue(first.body().lines().count() > 1000, "triples of the bundled corpus");
    assertEquals(first.body(), again.body());
    for (String name :
        new String[] {
          "Content-Type",
          LimitedQuery.ROW_CAP_HEADER,
          LimitedQuery.CAPPED_HEADER,
          "Content-Security-Policy"
        }) {
      assertEquals(header(first, name), header(again, name), name);
    }
  }

  @Test
  void anotherFormatOrAnotherQueryIsAnotherAnswer() {
    served.query("/sparql", LABELS, "text/csv");
    var json = served.query("/sparql", LABELS, "application/sparql-results+json");
    var other = served.query("/sparql", LABELS + " LIMIT 3", "text/csv");

    assertTrue(header(json, "Content-Type").startsWith("application/sparql-results+json"));
    assertTrue(json.body().contains("\"bindings\""), json.body());
    assertEquals("miss", header(other, ResponseCache.HEADER));
    assertEquals(4, other.body().lines().count(), other.body());
  }

  @Test
  void aFormPostAndAGetOfTheSameQueryShareTheAnswer() {
    String query = LABELS + " LIMIT 7";
    var posted =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + ServedCorpus.encode(query))));
    var got = served.query("/sparql", query, "text/csv");

    assertEquals(200, posted.statusCode(), posted.body());
    assertEquals("hit", header(got, ResponseCache.HEADER));
    assertEquals(posted.body(), got.body());
  }

  @Test
  void anAnswerCutShortByTheTimeoutIsNeverKept() {
    // The server breaks a cut answer off (CutAnswersTest), so the client sees an error; had the
    // first been kept, the second would come whole from memory.
    for (int i = 0; i < 2; i++) {
      assertThrows(
          UncheckedIOException.class,
          () -> served.query("/sparql", ENDLESS, "text/csv"),
          "request " + (i + 1));
    }
  }

  @Test
  void errorsAndQueriesSentAsTheBodyAreNotKept() {
    var bad = served.query("/sparql", "SELECT nonsense", "text/csv");
    var badAgain = served.query("/sparql", "SELECT nonsense", "text/csv");
    assertEquals(400, badAgain.statusCode());
    assertEquals("miss", header(badAgain, ResponseCache.HEADER), bad.body());

    HttpRequest.Builder body =
        HttpRequest.newBuilder(served.uri("/sparql"))
            .header("Accept", "text/csv")
            .header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(LABELS));
    served.send(body);
    var bodyAgain = served.send(body);
    assertEquals(200, bodyAgain.statusCode(), bodyAgain.body());
    assertFalse(bodyAgain.headers().firstValue(ResponseCache.HEADER).isPresent());
  }

  @Test
  void aServerWithoutACacheAnswersEveryRequestItself() {
    var first = uncached.query("/sparql", LABELS, "text/csv");
    var again = uncached.query("/sparql", LABELS, "text/csv");

    assertEquals(first.body(), again.body());
    assertFalse(again.headers().firstValue(ResponseCache.HEADER).isPresent());
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("(none)");
  }
}
