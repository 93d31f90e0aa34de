package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.kamergraaf.graph.BundledCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled corpus, built into TDB2 and served by Fuseki on a free port, answers the contract
 * queries over HTTP.
 */
class EndToEndHttpTest {
  private static KamergraafServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void serve() {
    server = KamergraafServer.builder().dataset(BundledCorpus.dataset()).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> post(String form, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void questionsQueryAnswersInCsv() throws Exception {
    String query = Files.readString(Path.of("queries/questions.rq"));
    HttpResponse<String> r =
        post("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
    assertEquals(200, r.statusCode());
    List<String> lines = r.body().lines().toList();
    assertEquals("source,number,fraction,answeredBy", lines.get(0));
    List<String> of001 =
        lines.stream().filter(l -> l.startsWith("001_bba492771d7bbacc.txt,")).toList();
    assertEquals(15, of001.size());
    assertTrue(
        of001.contains("001_bba492771d7bbacc.txt,12,BBB,Minister van Defensie"), of001.toString());
  }

  @Test
  void updateIsRefusedAndTheDataUnchanged() throws Exception {
    String count =
        "query="
            + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
    String before = post(count, "text/csv").body();
    HttpResponse<String> r =
        post(
            "update="
                + URLEncoder.encode(
                    "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }",
                    StandardCharsets.UTF_8),
            "*/*");
    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "update answered " + r.statusCode());
    assertEquals(before, post(count, "text/csv").body());
  }

  @Test
  void serviceToAnotherHostIsRefused() throws Exception {
    String q = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
    HttpResponse<String> r =
        post(
            "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
            "application/sparql-results+json");
    assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + ": " + r.body());
  }
}
