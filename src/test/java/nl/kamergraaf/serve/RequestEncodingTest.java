package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A compressed request body cannot pass the size limit: the limit counts the bytes sent, and a body
 * with a {@code Content-Encoding} is refused (415) before anything inflates it. Fuseki inflated
 * gzip and deflate bodies itself: 5 KB became a 5 MiB query and half a minute of CPU.
 */
class RequestEncodingTest {

  @RegisterExtension static final ServedCorpus served = ServedCorpus.forEachClass();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"gzip", "deflate", "GZip", "br"})
  void aCompressedBodyIsRefusedUninflated(String encoding) {
    // 5 MiB of comment before a query: a few KB compressed, fifty times the size limit inflated.
    byte[] query =
        ("#" + "x".repeat(5 * 1024 * 1024) + "\nASK { ?s ?p ?o }").getBytes(StandardCharsets.UTF_8);
    byte[] body = compress(encoding, query);
    assertTrue(body.length < 20_000, "compressed to " + body.length + " bytes");

    HttpResponse<String> response =
        served.sendAsIs(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Content-Encoding", encoding)
                .header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(20))
                .POST(BodyPublishers.ofByteArray(body)));

    assertEquals(415, response.statusCode(), response.body());
    assertTrue(response.body().contains("Content-Encoding"), response.body());
  }

  private static byte[] compress(String encoding, byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out =
        encoding.equalsIgnoreCase("deflate")
            ? new DeflaterOutputStream(bytes)
            : new GZIPOutputStream(bytes)) {
      out.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
