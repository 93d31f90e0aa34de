package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Options are checked when set, with the bad value in the message; extra servlets share the port;
 * responses get pooled output buffers.
 */
class KamergraafServerBuilderTest {
  @ParameterizedTest
  @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE})
  void portOutOfRangeIsRefused(int port) {
    var builder = KamergraafServer.builder();

    var e = assertThrows(IllegalArgumentException.class, () -> builder.port(port));

    assertTrue(e.getMessage().contains(Integer.toString(port)), e.getMessage());
  }

  @Test
  void queryTimeoutMustBePositive() {
    var builder = KamergraafServer.builder();

    var zero =
        assertThrows(IllegalArgumentException.class, () -> builder.queryTimeout(Duration.ZERO));
    var negative =
        assertThrows(
            IllegalArgumentException.class, () -> builder.queryTimeout(Duration.ofSeconds(-5)));

    assertTrue(zero.getMessage().contains("PT0S"), zero.getMessage());
    assertTrue(negative.getMessage().contains("PT-5S"), negative.getMessage());
    assertThrows(NullPointerException.class, () -> builder.queryTimeout(null));
  }

  @Test
  void servletPathMustBeAbsoluteAndNotAdmin() {
    var builder = KamergraafServer.builder();
    HttpServlet servlet = new HttpServlet() {};

    var relative =
        assertThrows(IllegalArgumentException.class, () -> builder.servlet("id/*", servlet));
    var admin =
        assertThrows(IllegalArgumentException.class, () -> builder.servlet("/$/x", servlet));

    assertTrue(relative.getMessage().contains("id/*"), relative.getMessage());
    assertTrue(admin.getMessage().contains("/$/x"), admin.getMessage());
  }

  @Test
  void buildWithoutDatasetSaysWhatIsMissing() {
    var e = assertThrows(IllegalStateException.class, () -> KamergraafServer.builder().build());

    assertTrue(e.getMessage().contains(".dataset("), e.getMessage());
  }

  @Test
  void extraServletAnswersBesideSparql(@TempDir Path store) {
    HttpServlet hello =
        new HttpServlet() {
          @Override
          protected void doGet(HttpServletRequest req, HttpServletResponse resp)
              throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().print("page for " + req.getRequestURI());
          }
        };

    try (ServedCorpus served = new ServedCorpus(store, server -> server.servlet("/*", hello))) {
      var page = served.send(HttpRequest.newBuilder(served.uri("/id/doc/002")).GET());
      var sparql = served.query("/sparql", "ASK { ?s ?p ?o }", "text/csv");

      assertEquals("page for /id/doc/002", page.body());
      assertEquals(200, sparql.statusCode(), sparql.body());
      assertEquals("_askResult\r\ntrue\r\n", sparql.body());
    }
  }

  @Test
  void responsesGetBuffersJettyPoolsNotFusekis5MiB(@TempDir Path store) {
    HttpServlet bufferSize =
        new HttpServlet() {
          @Override
          protected void doGet(HttpServletRequest req, HttpServletResponse resp)
              throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().print(resp.getBufferSize());
          }
        };

    try (ServedCorpus served =
        new ServedCorpus(store, server -> server.servlet("/buffer", bufferSize))) {
      var answer = served.send(HttpRequest.newBuilder(served.uri("/buffer")).GET());

      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(Integer.toString(KamergraafServer.OUTPUT_BUFFER_BYTES), answer.body());
      assertEquals(65536, KamergraafServer.OUTPUT_BUFFER_BYTES);
    }
  }
}
