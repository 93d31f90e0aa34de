package nl.kamergraaf.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.kamergraaf.serve.ServedCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An answer the timeout cuts off never looks whole. Once its first 64 KiB have gone out with a
 * {@code 200}, the response is broken off without its last chunk, so every HTTP client reports an
 * error; an answer cut before anything went out is a plain {@code 503}.
 */
@Tag("slow") // waits for query timeouts
class CutAnswersTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  /**
   * A product of three patterns filtered on all three at once (so no filter can run early): it
   * makes no row, and takes hours to find that out.
   */
  private static final String NOTHING =
      """
      { ?a ?b ?c . ?d ?e ?f . ?s ?g ?o
        FILTER(STRLEN(CONCAT(STR(?a), STR(?d), STR(?s))) < 0) }""";

  /** Every triple at once, then the endless nothing. */
  private static final String ROWS_THEN_NOTHING =
      "SELECT ?s ?o WHERE { { ?s ?p ?o } UNION " + NOTHING + " }";

  /** A few rows, then the same. */
  private static final String FEW_ROWS_THEN_NOTHING =
      "SELECT ?s WHERE { { VALUES ?s { <urn:x:one> <urn:x:two> } } UNION " + NOTHING + " }";

  private final HttpClient http = HttpClient.newHttpClient();

  // A row cap far above the store's size, so the server does not end the rows itself.
  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(
          server -> server.queryTimeout(TIMEOUT).rowCap(10_000_000).responseCache(0));

  @Test
  void aLongAnswerCutByTheTimeoutEndsInAnErrorForTheClient() {
    for (String accept :
        new String[] {
          "application/sparql-results+json", "text/csv", "application/sparql-results+xml"
        }) {
      IOException broken =
          assertThrows(
              IOException.class,
              () ->
                  http.send(
                      request(ROWS_THEN_NOTHING, accept), HttpResponse.BodyHandlers.ofString()),
              accept + ": the cut answer was received as whole");
      assertTrue(broken.getMessage() != null, accept + ": " + broken);
    }
  }

  @Test
  void aShortAnswerCutByTheTimeoutIsA503InPlainText() throws Exception {
    HttpResponse<String> response =
        http.send(
            request(FEW_ROWS_THEN_NOTHING, "application/sparql-results+json"),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        response.headers().toString());
    assertTrue(response.body().contains("incomplete"), response.body());
    assertFalse(response.body().contains("urn:x:one"), response.body());
  }

  @Test
  void anAnswerThatEndsInTimeIsWhole() throws Exception {
    HttpResponse<String> response =
        http.send(
            request("SELECT ?s ?p ?o { ?s ?p ?o }", "application/sparql-results+json"),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertTrue(
        response.body().strip().endsWith("}"),
        "ends with: " + response.body().substring(Math.max(0, response.body().length() - 80)));
  }

  private static HttpRequest request(String query, String accept) {
    URI uri = served.uri("/sparql?query=" + ServedCorpus.encode(query));
    return HttpRequest.newBuilder(uri)
        .header("Accept", accept)
        .timeout(TIMEOUT.plusSeconds(30))
        .build();
  }
}
