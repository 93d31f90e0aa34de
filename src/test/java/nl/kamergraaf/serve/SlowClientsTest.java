package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients that announce a body and send it a byte every second hold no server thread: with more of
 * them than the server has threads, a cheap query still answers about as fast as without them, and
 * each slow body is cut off (408) instead of being waited for.
 */
@Tag("slow") // slow clients held until the server gives up on them
class SlowClientsTest {
  /** Few threads, so that a test-sized crowd of slow clients outnumbers them. */
  private static final int THREADS = 16;

  private static final int SLOW_CLIENTS = 40;
  private static final String CHEAP =
      "/sparql?query="
          + ServedCorpus.encode(
              "SELECT ?o { <https://w3id.org/kamergraaf/id/country/nl> ?p ?o } LIMIT 1");

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(server -> server.maxThreads(THREADS).responseCache(0));

  @Test
  void slowBodiesHoldNoThreadAndAreCutOff() throws Exception {
    for (int i = 0; i < 5; i++) {
      probe(Duration.ofSeconds(30)); // warm up the server and the client
    }
    Duration baseline = probe(Duration.ofSeconds(30));

    ExecutorService crowd = Executors.newFixedThreadPool(SLOW_CLIENTS);
    try {
      List<Future<String>> slow = new ArrayList<>();
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        slow.add(crowd.submit(SlowClientsTest::dribble));
      }
      Thread.sleep(2_000); // every slow client has sent its headers and a byte or two
      // Far below the minutes the slow bodies would take; generous against a loaded machine.
      Duration bound = baseline.multipliedBy(20).plusSeconds(2);
      Duration withCrowd = probe(bound);
      assertTrue(
          withCrowd.compareTo(bound) < 0,
          "cheap query took " + withCrowd + " with slow clients, " + baseline + " without");
      for (Future<String> answer : slow) {
        String status = answer.get(60, TimeUnit.SECONDS);
        assertTrue(status.startsWith("HTTP/1.1 408"), status);
      }
    } finally {
      crowd.shutdownNow();
    }
  }

  /** How long the cheap query takes; fails the test if it gets no answer within {@code bound}. */
  private static Duration probe(Duration bound) {
    long start = System.nanoTime();
    HttpResponse<String> response =
        served.sendAsIs(
            HttpRequest.newBuilder(served.uri(CHEAP)).header("Accept", "text/csv").timeout(bound));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(200, response.statusCode(), response.body());
    return took;
  }

  /**
   * Announces a 1,000-byte query and sends it one byte a second; returns the status line the server
   * answers with (or what happened instead).
   */
  private static String dribble() {
    try (Socket socket = new Socket("localhost", served.uri("/").getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      for (int i = 0; i < 1000; i++) {
        if (in.available() > 0) {
          break;
        }
        try {
          out.write('#');
          out.flush();
        } catch (IOException closed) {
          break; // the server gave up on the body; its answer may be waiting
        }
        Thread.sleep(1_000);
      }
      byte[] line = new byte[32];
      int n = in.readNBytes(line, 0, line.length);
      return n <= 0
          ? "(closed without an answer)"
          : new String(line, 0, n, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return "(" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    }
  }
}
