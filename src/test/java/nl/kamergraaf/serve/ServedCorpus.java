package nl.kamergraaf.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.graph.StoreTestData;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The bundled corpus built into a real TDB2 store and served by a real server on a free loopback
 * port, with an HTTP client to talk to it.
 *
 * <p>As a JUnit extension it serves one store for the whole test class, in a folder of its own that
 * it deletes afterwards:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ServedCorpus served = ServedCorpus.forEachClass(server -> server.queryTimeout(TIMEOUT));
 * </pre>
 *
 * A test that needs a server of its own makes one with the constructor and closes it.
 */
public final class ServedCorpus implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  private static final Duration NO_ANSWER = Duration.ofSeconds(60);

  private final UnaryOperator<KamergraafServer.Builder> options;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(NO_ANSWER).build();
  private Path ownFolder;
  private DatasetGraph dsg;
  private KamergraafServer server;

  /**
   * Builds the store in {@code storeDir} and starts a server on it, configured further by {@code
   * options}.
   */
  public ServedCorpus(Path storeDir, UnaryOperator<KamergraafServer.Builder> options) {
    this.options = options;
    start(storeDir);
  }

  public ServedCorpus(Path storeDir) {
    this(storeDir, UnaryOperator.identity());
  }

  private ServedCorpus(UnaryOperator<KamergraafServer.Builder> options) {
    this.options = options;
  }

  /** An extension that serves the corpus before the class's tests and stops after them. */
  public static ServedCorpus forEachClass(UnaryOperator<KamergraafServer.Builder> options) {
    return new ServedCorpus(options);
  }

  /** {@link #forEachClass(UnaryOperator)} with the server's defaults. */
  public static ServedCorpus forEachClass() {
    return forEachClass(UnaryOperator.identity());
  }

  private void start(Path storeDir) {
    Store.buildFromStream(storeDir, StoreTestData::writeCorpus);
    dsg = Store.open(storeDir);
    KamergraafServer.Builder builder =
        KamergraafServer.builder().dataset(dsg).port(0).loopbackOnly(true);
    server = options.apply(builder).build().start();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    ownFolder = Files.createTempDirectory("kamergraaf-served-");
    start(ownFolder.resolve("store"));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      close();
    } finally {
      try (Stream<Path> files = Files.walk(ownFolder)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** The served dataset, to compare with what the server answers. */
  public DatasetGraph dataset() {
    return dsg;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
  }

  /** GET {@code path?query=...}, asking for {@code accept}. */
  public HttpResponse<String> query(String path, String query, String accept) {
    return send(
        HttpRequest.newBuilder(uri(path + "?query=" + encode(query)))
            .header("Accept", accept)
            .GET());
  }

  /** GET {@code path?query=...&format=...}, no Accept header. */
  public HttpResponse<String> queryWithFormat(String path, String query, String format) {
    return send(
        HttpRequest.newBuilder(uri(path + "?query=" + encode(query) + "&format=" + format)).GET());
  }

  /** Sends a request; a server that does not answer within a minute fails the test. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
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
  public HttpResponse<String> sendAsIs(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop();
    Store.close(dsg);
  }
}
