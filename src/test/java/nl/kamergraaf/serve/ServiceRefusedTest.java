package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A federated {@code SERVICE} query must not make the server call out: a canary SPARQL endpoint on
 * the loopback interface counts every request it receives, and must receive none.
 */
class ServiceRefusedTest {
  private static final String ONE_ROW =
      "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":"
          + "{\"type\":\"uri\",\"value\":\"urn:x:canary\"}}]}}";

  private HttpServer canary;
  private final AtomicInteger canaryRequests = new AtomicInteger();

  @RegisterExtension static final ServedCorpus served = ServedCorpus.forEachClass();

  @BeforeEach
  void startCanary() throws IOException {
    canary = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    canary.createContext(
        "/",
        exchange -> {
          canaryRequests.incrementAndGet();
          byte[] body = ONE_ROW.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    canary.start();
  }

  @AfterEach
  void stopCanary() {
    canary.stop(0);
  }

  private String canaryUrl() {
    return "http://127.0.0.1:" + canary.getAddress().getPort() + "/sparql";
  }

  /** Shows the canary works: plain ARQ, where SERVICE is allowed by default, does reach it. */
  @Test
  void canaryCountsAServiceCallThatIsAllowed() {
    String query = "SELECT * { SERVICE <" + canaryUrl() + "> { ?s ?p ?o } }";

    try (QueryExec exec =
        QueryExec.dataset(DatasetGraphFactory.createTxnMem()).query(query).build()) {
      assertEquals(1, exec.select().materialize().rewindable().size());
    }
    assertEquals(1, canaryRequests.get());
  }

  @Test
  void serviceQueryFailsWithoutCallingOut() {
    String query = "SELECT * { SERVICE <" + canaryUrl() + "> { ?s ?p ?o } }";

    var response = served.query("/sparql", query, "application/sparql-results+json");

    int status = response.statusCode();
    assertTrue(status >= 400, "SERVICE answered " + status + ": " + response.body());
    assertEquals(0, canaryRequests.get(), "requests that reached the canary");
  }

  @Test
  void silentServiceCallsOutNeither() {
    String query =
        "SELECT * { { ?doc a <https://example.org/kamergraaf-test/Document> } UNION"
            + " { SERVICE SILENT <"
            + canaryUrl()
            + "> { ?s ?p ?o } } }";

    var response = served.query("/kamergraaf/query", query, "text/csv");

    assertEquals(0, canaryRequests.get(), "requests that reached the canary: " + response.body());
    assertTrue(
        !response.body().contains("urn:x:canary"), "canary row in the answer: " + response.body());
  }
}
