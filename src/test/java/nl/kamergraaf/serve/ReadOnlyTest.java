package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.stream.Stream;
import nl.kamergraaf.graph.StoreTestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a client might try to change the served data or reach an admin function is refused with
 * a 4xx, and the data is the same afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadOnlyTest {
  private static final String INSERT =
      "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written over HTTP\" } }";
  private static final String DROP = "DROP ALL";
  private static final String TURTLE = "<urn:x:s> <urn:x:p> \"written over HTTP\" .";
  private static final String MULTIPART_BOUNDARY = "kamergraaf-test-boundary";
  private static final String UPLOAD =
      "--"
          + MULTIPART_BOUNDARY
          + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
          + "Content-Type: text/turtle\r\n\r\n"
          + TURTLE
          + "\r\n--"
          + MULTIPART_BOUNDARY
          + "--\r\n";
  private static final List<String> SPARQL_PATHS =
      List.of("/sparql", "/kamergraaf", "/kamergraaf/sparql", "/kamergraaf/query");

  @RegisterExtension static final ServedCorpus served = ServedCorpus.forEachClass();
  private static String before;

  @BeforeAll
  static void readTheDataBefore() {
    before = everything();
  }

  /** Runs after every refused request of this class (the method order puts it last). */
  @Test
  @Order(Integer.MAX_VALUE)
  void theServedDataIsUnchangedAfterEveryRefusedRequest() {
    assertEquals(before, everything(), "the served data after all the refused requests");
  }

  static Stream<Arguments> writeAttempts() {
    Stream.Builder<Arguments> attempts = Stream.builder();
    List<String> updatePaths =
        Stream.concat(SPARQL_PATHS.stream(), Stream.of("/kamergraaf/update", "/update")).toList();
    for (String path : updatePaths) {
      attempts.add(attempt("update form to " + path, form(path, "update=" + encode(INSERT))));
      attempts.add(attempt("DROP ALL form to " + path, form(path, "update=" + encode(DROP))));
      attempts.add(
          attempt(
              "sparql-update body to " + path, body(path, "application/sparql-update", INSERT)));
    }
    for (String path :
        List.of(
            "/kamergraaf?default",
            "/kamergraaf/data?default",
            "/kamergraaf/data?graph=urn:x:g",
            "/sparql?default",
            "/kamergraaf/get?default")) {
      attempts.add(attempt("POST Turtle to " + path, body(path, "text/turtle", TURTLE)));
      attempts.add(
          attempt(
              "PUT Turtle to " + path,
              request(path)
                  .header("Content-Type", "text/turtle")
                  .PUT(BodyPublishers.ofString(TURTLE))));
      attempts.add(attempt("DELETE " + path, request(path).DELETE()));
    }
    for (String path : List.of("/kamergraaf/upload", "/kamergraaf", "/upload")) {
      attempts.add(
          attempt(
              "multipart upload to " + path,
              body(path, "multipart/form-data; boundary=" + MULTIPART_BOUNDARY, UPLOAD)));
    }
    attempts.add(attempt("create dataset", form("/$/datasets", "dbName=x&dbType=mem")));
    attempts.add(attempt("delete dataset", request("/$/datasets/kamergraaf").DELETE()));
    for (String admin :
        List.of("/$/server", "/$/datasets", "/$/ping", "/$/stats", "/$/metrics", "/$/tasks")) {
      attempts.add(attempt("GET " + admin, request(admin).GET()));
    }
    for (String admin :
        List.of(
            "/$/backup/kamergraaf",
            "/$/compact/kamergraaf",
            "/$/datasets/kamergraaf?state=offline",
            "/$/reload",
            "/$/sleep")) {
      attempts.add(attempt("POST " + admin, request(admin).POST(BodyPublishers.noBody())));
    }
    // Reading the whole dataset through the Graph Store Protocol is not offered either.
    attempts.add(attempt("GSP read of the dataset", request("/kamergraaf/data").GET()));
    attempts.add(attempt("GSP read via get", request("/kamergraaf/get?default").GET()));
    return attempts.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writeAttempts")
  void isRefused(String what, HttpRequest.Builder request) {
    var response = served.send(request);

    int status = response.statusCode();
    assertTrue(
        status >= 400 && status < 500, what + " answered " + status + ": " + response.body());
  }

  private static Arguments attempt(String what, HttpRequest.Builder request) {
    return Arguments.of(what, request);
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(served.uri(path));
  }

  private static HttpRequest.Builder form(String path, String form) {
    return body(path, "application/x-www-form-urlencoded", form);
  }

  private static HttpRequest.Builder body(String path, String contentType, String body) {
    return request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body));
  }

  private static String encode(String text) {
    return ServedCorpus.encode(text);
  }

  /** Every quad, sorted, as N-Quads-like text: compares the whole dataset before and after. */
  private static String everything() {
    String query = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o";
    var response = served.query("/sparql", query, "text/tab-separated-values");
    assertEquals(200, response.statusCode(), response.body());
    long expectedQuads =
        StoreTestData.corpusFiles().stream()
            .mapToLong(f -> 2 + 4 * StoreTestData.nonBlankLines(f))
            .sum();
    assertEquals(expectedQuads + 1, response.body().lines().count(), "header + one line per quad");
    return response.body();
  }
}
