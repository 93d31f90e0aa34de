package nl.kamergraaf.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent HTTP clients against a running server: each client sends its share of requests one
 * after another, round-robin over the given requests, and every latency is recorded.
 */
final class HttpLoad {
  /** One request to send: a SPARQL query (POSTed as a form) or a plain GET with an Accept. */
  record Request(URI uri, String query, String accept) {
    static Request sparql(URI endpoint, String query, String accept) {
      return new Request(endpoint, query, accept);
    }

    static Request get(URI uri, String accept) {
      return new Request(uri, null, accept);
    }

    HttpRequest build() {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", accept);
      if (query == null) {
        return b.GET().build();
      }
      return b.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
          .build();
    }
  }

  /**
   * Latencies in ms of every request, the body size of every answer in bytes (0 if none), wall
   * seconds, and how many failed (not 2xx, or no answer).
   */
  record Outcome(
      String kind,
      int clients,
      List<Double> millis,
      List<Double> bodyBytes,
      double seconds,
      int errors) {
    Stats latency() {
      return Stats.of(millis);
    }

    /** The median answer size in KiB: a latency means little without what it carried. */
    double medianKiB() {
      return Stats.of(bodyBytes).median() / 1024;
    }

    double throughput() {
      return millis.size() / seconds;
    }
  }

  private HttpLoad() {}

  /**
   * Sends every request once from one client, to warm caches. With the server's response cache
   * these are the requests it has to compute; the timed runs after them are answered again.
   */
  static Outcome warm(String kind, List<Request> requests) throws Exception {
    return run(kind, 1, requests.size(), requests);
  }

  static Outcome run(String kind, int clients, int perClient, List<Request> requests)
      throws Exception {
    HttpClient http = client();
    List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    List<Double> bodyBytes = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perClient; i++) {
                    Request r = requests.get((client * perClient + i) % requests.size());
                    long s = System.nanoTime();
                    long size = 0;
                    try {
                      HttpResponse<byte[]> resp =
                          http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
                      size = resp.body().length;
                      if (resp.statusCode() / 100 != 2) {
                        errors.incrementAndGet();
                      }
                    } catch (Exception e) {
                      errors.incrementAndGet();
                    }
                    millis.add((System.nanoTime() - s) / 1e6);
                    bodyBytes.add((double) size);
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Outcome(
        kind,
        clients,
        new ArrayList<>(millis),
        new ArrayList<>(bodyBytes),
        (System.nanoTime() - t0) / 1e9,
        errors.get());
  }

  /** HTTP/1.1 like most browsers and load balancers; entity IRIs answer 303 to their page. */
  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** The status of one request, or -1 if there was no answer. */
  static int status(Request r) {
    try {
      return client().send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  /** The body of one request as text. */
  static String body(Request r) throws Exception {
    HttpResponse<String> resp = client().send(r.build(), HttpResponse.BodyHandlers.ofString());
    if (resp.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          r.uri() + " answered " + resp.statusCode() + ": " + resp.body());
    }
    return resp.body();
  }
}
