package nl.kamergraaf.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.ingest.api.ApiJson;

/**
 * Sends requests to the API one at a time: with a {@code User-Agent} naming kamergraaf, timeouts on
 * connecting, on the answer and on the whole body, and retries with backoff on 429 and 5xx answers
 * and on network failures (a body cut short among them), honouring {@code Retry-After}.
 *
 * <pre>
 * ApiClient client = new ApiClient(settings, listener);
 * JsonNode page = client.json(URI.create(root + "Document?$top=1"));
 * ApiClient.Download d = client.download(resourceUri, Path.of(".2025D01234.pdf.part"));
 * </pre>
 */
final class ApiClient {
  private final FetchSettings settings;
  private final FetchListener listener;
  private final HttpClient http;
  private final AtomicInteger requests = new AtomicInteger();

  ApiClient(FetchSettings settings, FetchListener listener) {
    this.settings = settings;
    this.listener = listener;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A file as downloaded: the type the server gave it and its length. */
  record Download(String contentType, long bytes) {}

  /** How many requests were sent, retries included. */
  int requests() {
    return requests.get();
  }

  /** GETs {@code uri} as JSON; an answer that is not JSON is an error naming the address. */
  JsonNode json(URI uri) {
    byte[] body =
        send(
            uri,
            "application/json",
            settings.requestTimeout(),
            (in, contentType) -> {
              var buffer = new ByteArrayOutputStream();
              Bounded.copy(in, buffer, settings.maxFileSize(), settings.requestTimeout(), uri);
              return buffer.toByteArray();
            });
    try {
      return ApiJson.parse(new String(body, StandardCharsets.UTF_8), "GET " + shown(uri));
    } catch (IngestException e) {
      throw new FetchException(e.getMessage() + " The answer was skipped.", e);
    }
  }

  /** GETs {@code uri} into {@code target} (created or replaced). */
  Download download(URI uri, Path target) {
    return send(
        uri,
        "*/*",
        settings.downloadTimeout(),
        (in, contentType) -> {
          try (OutputStream out = Files.newOutputStream(target)) {
            long n = Bounded.copy(in, out, settings.maxFileSize(), settings.downloadTimeout(), uri);
            return new Download(contentType, n);
          }
        });
  }

  /** Reads one answer's body. */
  private interface BodyReader<T> {
    T read(InputStream body, String contentType) throws IOException;
  }

  private <T> T send(URI uri, String accept, Duration bodyTimeout, BodyReader<T> reader) {
    Retry retry = settings.retry();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", accept)
            .GET()
            .build();
    for (int attempt = 1; ; attempt++) {
      requests.incrementAndGet();
      String problem;
      Optional<String> retryAfter = Optional.empty();
      try {
        HttpResponse<InputStream> response =
            http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
          int status = response.statusCode();
          if (status == 200) {
            return reader.read(body, response.headers().firstValue("Content-Type").orElse(""));
          }
          problem = "HTTP " + status;
          if (!Retry.retryable(status)) {
            throw new FetchException(
                "GET "
                    + shown(uri)
                    + ": the API answered "
                    + problem
                    + (status == 404 ? " (no such entity or file)" : "")
                    + ".");
          }
          retryAfter = response.headers().firstValue("Retry-After");
        }
      } catch (IOException e) {
        problem = describe(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("GET " + shown(uri) + ": interrupted", e);
      }
      if (!retry.mayRetry(attempt)) {
        throw new FetchException(
            "GET "
                + shown(uri)
                + ": "
                + problem
                + " after "
                + attempt
                + " attempt"
                + (attempt == 1 ? "" : "s")
                + ".");
      }
      Duration wait = retry.wait(attempt, retryAfter, Instant.now());
      listener.retrying(uri, problem, wait);
      sleep(wait, uri);
    }
  }

  /** The address as a reader wants to see it: percent-escapes decoded. */
  static String shown(URI uri) {
    return URLDecoder.decode(uri.toString().replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String describe(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof HttpTimeoutException) {
      return "no answer in time (" + message + ")";
    }
    return "the connection failed or the answer was cut short (" + message + ")";
  }

  private static void sleep(Duration wait, URI uri) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("GET " + shown(uri) + ": interrupted while waiting to try again", e);
    }
  }
}
