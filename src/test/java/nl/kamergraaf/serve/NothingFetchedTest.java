package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RDF sent by a client is never parsed, so a remote JSON-LD {@code @context} or an XML external
 * entity in it can make the server fetch nothing; nor can a query's {@code FROM} or a JSON-LD
 * answer. A canary HTTP server on the loopback interface counts every request it gets: none.
 */
class NothingFetchedTest {
  private static final List<String> PATHS =
      List.of(
          "/sparql",
          "/kamergraaf",
          "/kamergraaf/data",
          "/kamergraaf/upload",
          "/kamergraaf/query",
          "/upload",
          "/data");

  @TempDir static Path store;
  private static ServedCorpus served;
  private static HttpServer canary;
  private static final AtomicInteger canaryRequests = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    canary = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    canary.createContext(
        "/",
        exchange -> {
          canaryRequests.incrementAndGet();
          byte[] body =
              "{\"@context\": {\"name\": \"http://schema.org/name\"}}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/ld+json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    canary.start();
    served = new ServedCorpus(store);
  }

  @AfterAll
  static void stop() {
    try {
      served.close();
    } finally {
      canary.stop(0);
    }
  }

  private static String canary(String path) {
    return "http://127.0.0.1:" + canary.getAddress().getPort() + path;
  }

  @Test
  void rdfInRequestBodiesIsNeverParsed() {
    String jsonLd =
        "{\"@context\": \""
            + canary("/context.jsonld")
            + "\", "
            + "\"@id\": \"urn:x:s\", \"name\": \"written\"}";
    String rdfXml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM \""
            + canary("/entity")
            + "\"> ]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-"
            + "syntax-ns#\" xmlns:ex=\"urn:x:\"><rdf:Description rdf:about=\"urn:x:s\"><ex:p>&x;"
            + "</ex:p></rdf:Description></rdf:RDF>";
    String trix =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TriX [ <!ENTITY x SYSTEM \""
            + canary("/trix")
            + "\"> ]>\n<TriX xmlns=\"http://www.w3.org/2004/03/trix/trix-1/\">"
            + "&x;</TriX>";
    List<String> answers = new ArrayList<>();
    for (String path : PATHS) {
      for (String[] body :
          new String[][] {
            {"application/ld+json", jsonLd},
            {"application/rdf+xml", rdfXml},
            {"application/trix+xml", trix}
          }) {
        for (String method : List.of("POST", "PUT")) {
          var response =
              served.send(
                  HttpRequest.newBuilder(served.uri(path + "?default"))
                      .header("Content-Type", body[0])
                      .method(method, BodyPublishers.ofString(body[1])));
          answers.add(method + " " + body[0] + " " + path + " -> " + response.statusCode());
          assertTrue(
              response.statusCode() >= 400 && response.statusCode() < 500,
              answers.get(answers.size() - 1));
        }
      }
    }
    assertEquals(0, canaryRequests.get(), "requests the canary received; answers: " + answers);
  }

  @Test
  void fromClausesAndJsonLdAnswersFetchNothing() {
    for (String query :
        List.of(
            "SELECT * FROM <" + canary("/from") + "> { ?s ?p ?o } LIMIT 1",
            "SELECT * FROM NAMED <" + canary("/named") + "> { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
            "CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s <" + canary("/p") + "> ?o } LIMIT 1")) {
      served.query("/sparql", query, "application/ld+json");
      served.query("/kamergraaf", query, "application/sparql-results+json, application/ld+json");
    }
    var describe =
        served.query(
            "/sparql",
            "DESCRIBE <https://w3id.org/kamergraaf/id/country/nl>",
            "application/ld+json");
    assertEquals(200, describe.statusCode(), describe.body());
    assertEquals(0, canaryRequests.get(), "requests the canary received");
  }
}
