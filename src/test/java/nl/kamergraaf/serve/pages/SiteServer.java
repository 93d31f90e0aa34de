package nl.kamergraaf.serve.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import nl.kamergraaf.serve.KamergraafServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A real server (Fuseki on a free loopback port) with the linked-data site mounted, over a real
 * TDB2 dataset, and an HTTP client that does not follow redirects, so tests see the 303s.
 */
final class SiteServer implements AutoCloseable {
  private final KamergraafServer server;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  SiteServer(DatasetGraph dsg, Path documents) {
    KamergraafServer.Builder builder =
        KamergraafServer.builder().dataset(dsg).port(0).loopbackOnly(true);
    LinkedDataSite.builder().dataset(dsg).documents(documents).build().mountOn(builder);
    server = builder.build().start();
  }

  String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GET asking for {@code accept} in {@code language} (an {@code Accept-Language} value). */
  HttpResponse<String> get(String path, String accept, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept)
            .GET();
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
