package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.kamergraaf.serve.limits.LimitedQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The limits of a public endpoint over HTTP: a row cap the client is told about, a request size
 * limit (413), refused XSLT and JSONP parameters, and a lane that keeps expensive queries from
 * crowding out cheap ones.
 */
@Tag("slow") // expensive queries held in their lane until the timeout
class LimitsTest {
  private static final String EVERYTHING = "SELECT * { ?s ?p ?o }";
  private static final String CROSS_PRODUCT =
      "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(
          server -> server.rowCap(5).queryTimeout(Duration.ofSeconds(2)).expensiveQueries(1));

  @Test
  void resultsStopAtTheRowCapAndTheClientIsTold() {
    var response = served.query("/sparql", EVERYTHING, "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(1 + 5, response.body().lines().count(), response.body());
    assertEquals("5", header(response, LimitedQuery.ROW_CAP_HEADER));
    assertEquals("true", header(response, LimitedQuery.CAPPED_HEADER));
  }

  @Test
  void aSmallerLimitOfTheClientIsKept() {
    var response = served.query("/kamergraaf/query", EVERYTHING + " LIMIT 3", "text/csv");

    assertEquals(1 + 3, response.body().lines().count(), response.body());
    assertEquals("5", header(response, LimitedQuery.ROW_CAP_HEADER));
    assertEquals("false", header(response, LimitedQuery.CAPPED_HEADER));
  }

  @Test
  void constructIsCappedToo() {
    var response = served.query("/sparql", "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");

    assertEquals(5, response.body().lines().count(), response.body());
    assertEquals("true", header(response, LimitedQuery.CAPPED_HEADER));
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedWith413() {
    String query = "# " + "x".repeat(150 * 1024) + "\nASK {}";
    var response =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(BodyPublishers.ofString(query)));

    assertEquals(413, response.statusCode(), response.body());
    assertTrue(
        response.body().contains("larger than this server's limit of 102400 bytes"),
        response.body());
  }

  @Test
  void aChunkedBodyLargerThanTheLimitIsRefusedWith413() {
    byte[] query = ("# " + "x".repeat(150 * 1024) + "\nASK {}").getBytes(StandardCharsets.UTF_8);
    var response =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query))));

    assertEquals(413, response.statusCode(), response.body());
  }

  @Test
  void queriesBelowTheLimitAreAnsweredWhetherChunkedOrNot() {
    byte[] query =
        ("# " + "x".repeat(50 * 1024) + "\nASK { ?s ?p ?o }").getBytes(StandardCharsets.UTF_8);
    for (var body :
        List.of(
            BodyPublishers.ofByteArray(query),
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(query)))) {
      var response =
          served.send(
              HttpRequest.newBuilder(served.uri("/sparql"))
                  .header("Content-Type", "application/sparql-query")
                  .header("Accept", "text/plain")
                  .POST(body));
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains("yes"), response.body());
    }
  }

  @Test
  void aChunkedFormIsReadWhole() {
    byte[] form =
        ("query=" + ServedCorpus.encode("ASK { ?s ?p ?o }")).getBytes(StandardCharsets.UTF_8);
    var response =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/plain")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("yes"), response.body());

    byte[] jsonp =
        ("query=" + ServedCorpus.encode("ASK {}") + "&callback=f").getBytes(StandardCharsets.UTF_8);
    var refused =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(jsonp))));
    assertEquals(400, refused.statusCode(), refused.body());
  }

  @Test
  void stylesheetAndCallbackParametersAreRefused() {
    String ask = "?query=" + ServedCorpus.encode("ASK {}");
    for (String extra :
        List.of(
            "&stylesheet=http://evil.example/x.xsl",
            "&callback=alert",
            "&CALLBACK=alert",
            "&call%62ack=alert")) {
      var response = served.send(HttpRequest.newBuilder(served.uri("/sparql" + ask + extra)));
      assertEquals(400, response.statusCode(), extra + ": " + response.body());
      assertTrue(response.body().contains("parameter is not supported"), response.body());
    }
    var form =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(ask.substring(1) + "&callback=alert")));
    assertEquals(400, form.statusCode(), form.body());
  }

  /**
   * Four expensive queries at once with one place for them: one runs and is cut off by the timeout,
   * those that find no place within that time are refused as too many; a cheap query sent meanwhile
   * is answered in full.
   */
  @Test
  void expensiveQueriesWaitForTheirLaneAndCheapOnesPassThem() {
    List<CompletableFuture<HttpResponse<String>>> expensive = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      expensive.add(
          CompletableFuture.supplyAsync(() -> served.query("/sparql", CROSS_PRODUCT, "text/csv")));
    }
    var cheap =
        served.query(
            "/sparql",
            "SELECT ?o { <https://w3id.org/kamergraaf/id/country/nl> ?p ?o } LIMIT 1",
            "text/csv");
    assertEquals(200, cheap.statusCode(), cheap.body());

    List<String> bodies =
        expensive.stream()
            .map(CompletableFuture::join)
            .map(r -> r.statusCode() + " " + r.body())
            .toList();
    bodies.forEach(b -> assertTrue(b.startsWith("503 "), b));
    assertTrue(
        bodies.stream().anyMatch(b -> b.contains("Too many expensive queries")), bodies.toString());
    assertTrue(bodies.stream().anyMatch(b -> b.contains("timed out")), bodies.toString());
  }

  /**
   * The same with a product written as separate groups of named patterns: each group alone is
   * cheap, and a judge of the syntax let the whole run outside the lane.
   */
  @Test
  void aProductOfSeparateGroupsTakesTheLaneToo() {
    String groups =
        "SELECT (COUNT(*) AS ?n) { { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?b }"
            + " { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?d }"
            + " { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?f } }";
    List<CompletableFuture<HttpResponse<String>>> expensive = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      expensive.add(
          CompletableFuture.supplyAsync(() -> served.query("/sparql", groups, "text/csv")));
    }
    List<String> bodies =
        expensive.stream()
            .map(CompletableFuture::join)
            .map(r -> r.statusCode() + " " + r.body())
            .toList();
    bodies.forEach(b -> assertTrue(b.startsWith("503 "), b));
    assertTrue(
        bodies.stream().anyMatch(b -> b.contains("Too many expensive queries")), bodies.toString());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("(none)");
  }
}
