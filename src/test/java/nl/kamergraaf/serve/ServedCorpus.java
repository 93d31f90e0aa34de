package nl.kamergraaf.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import nl.kamergraaf.graph.Store;
import nl.kamergraaf.graph.StoreTestData;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The bundled corpus built into a real TDB2 store and served by a real server on a free loopback
 * port, with an HTTP client to talk to it.
 */
final class ServedCorpus implements AutoCloseable {
  private static final Duration NO_ANSWER = Duration.ofSeconds(60);

  private final DatasetGraph dsg;
  private final KamergraafServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(NO_ANSWER).build();

  /**
   * Builds the store in {@code storeDir} and starts a server on it, configured further by {@code
   * options}.
   */
  ServedCorpus(Path storeDir, UnaryOperator<KamergraafServer.Builder> options) {
    Store.buildFromStream(storeDir, StoreTestData::writeCorpus);
    dsg = Store.open(storeDir);
    KamergraafServer.Builder builder =
        KamergraafServer.builder().dataset(dsg).port(0).loopbackOnly(true);
    server = options.apply(builder).build().start();
  }

  ServedCorpus(Path storeDir) {
    this(storeDir, UnaryOperator.identity());
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
  }

  /** GET {@code path?query=...}, asking for {@code accept}. */
  HttpResponse<String> query(String path, String query, String accept) {
    return send(
        HttpRequest.newBuilder(uri(path + "?query=" + encode(query)))
            .header("Accept", accept)
            .GET());
  }

  /** GET {@code path?query=...&format=...}, no Accept header. */
  HttpResponse<String> queryWithFormat(String path, String query, String format) {
    return send(
        HttpRequest.newBuilder(uri(path + "?query=" + encode(query) + "&format=" + format)).GET());
  }

  /** Sends a request; a server that does not answer within a minute fails the test. */
  HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.timeout(NO_ANSWER).build();
    try {
      try {
        return http.send(built, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        // Jetty closes a kept-alive connection after refusing a request whose body it did not
        // read; the client may already have picked that connection for the next request. One
        // retry goes out on a fresh connection; a server that really does not answer fails twice.
        return http.send(built, HttpResponse.BodyHandlers.ofString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends a request with the timeout it was given (a test's own bound); a server that does not
   * answer within it fails the test with {@link java.net.http.HttpTimeoutException}.
   */
  HttpResponse<String> sendAsIs(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop();
    Store.close(dsg);
  }
}
