package nl.kamergraaf.serve.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One kind of request the soak sends, and the answers that count as correct for it. */
record Probe(String name, HttpRequest request, int... okStatus) {
  /** A GET of {@code uri} asking for {@code accept}. */
  static Probe get(String name, URI uri, String accept, Duration timeout, int... ok) {
    return new Probe(
        name,
        HttpRequest.newBuilder(uri).header("Accept", accept).timeout(timeout).GET().build(),
        ok);
  }

  /** Sends the request; the outcome says whether the answer was one of the expected ones. */
  Outcome send(HttpClient http) {
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = sendOnce(http, request);
      long took = System.nanoTime() - start;
      for (int ok : okStatus) {
        if (response.statusCode() == ok) {
          return new Outcome(true, response.statusCode(), took, null);
        }
      }
      return new Outcome(
          false,
          response.statusCode(),
          took,
          name
              + " answered "
              + response.statusCode()
              + ": "
              + new String(
                  response.body(),
                  0,
                  Math.min(200, response.body().length),
                  StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Outcome(false, 0, System.nanoTime() - start, name + " failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(false, 0, System.nanoTime() - start, name + " interrupted");
    }
  }

  /**
   * Java's client retries a GET whose pooled connection the server had just closed, but not a POST;
   * the refused updates are POSTs, so they get that one retry here. A second failure counts.
   */
  private static HttpResponse<byte[]> sendOnce(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
        throw e;
      }
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  /** What one request gave: whether it was expected, its status, its time, else why not. */
  record Outcome(boolean ok, int status, long nanos, String problem) {}
}
