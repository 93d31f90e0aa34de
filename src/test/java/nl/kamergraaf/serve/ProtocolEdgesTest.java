package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kamergraaf.serve.limits.SecurityHeaders;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The smaller edges of the protocol: a query nested too deep, {@code TRACE}, requests Jetty refuses
 * before any servlet sees them, a form body with a broken escape, and a query stopped by the
 * regular-expression bound. Each gets an answer that says what happened, in plain text with the
 * security headers, and no stack trace in the answer or the log.
 */
class ProtocolEdgesTest {

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(
          server ->
              server
                  .queryTimeout(Duration.ofSeconds(5))
                  // A page servlet as the site mounts them: HttpServlet's own doTrace echoes the
                  // request.
                  .servlet(
                      "/page/*",
                      new HttpServlet() {
                        @Override
                        protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                            throws IOException {
                          resp.setContentType("text/plain;charset=utf-8");
                          resp.getWriter().write("page");
                        }
                      }));

  @Test
  void aQueryNestedTooDeepIsRefusedWithItsReasonAndOneLogLine() {
    int depth = 3_000;
    String deep = "SELECT * WHERE " + "{ {} UNION ".repeat(depth) + "{}" + " }".repeat(depth);
    LoggedLines logged = LoggedLines.attach();
    var response =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(BodyPublishers.ofString(deep)));
    int lines = logged.detach();

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("nested"), response.body());
    assertTrue(lines <= 2, lines + " log lines for one refused query");
  }

  @Test
  void traceIsRefusedAndEchoesNothing() {
    String reply =
        raw(
            "TRACE /page/x HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cr3t-value\r\n"
                + "Connection: close\r\n\r\n");

    assertTrue(reply.startsWith("HTTP/1.1 405"), reply);
    assertFalse(reply.contains("s3cr3t-value"), reply);
    assertHasSecurityHeaders(reply);
  }

  @Test
  void jettysOwnRefusalsCarryTheSecurityHeaders() {
    // Fuseki lets a request line and headers be 512 KiB; past that Jetty answers itself.
    Map<String, String> refusals =
        Map.of(
            "HTTP/1.1 414",
                "GET /"
                    + "a".repeat(600_000)
                    + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n",
            "HTTP/1.1 431",
                "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Big: "
                    + "b".repeat(600_000)
                    + "\r\n\r\n",
            "HTTP/1.1 400",
                "GET / HTTP/1.1\r\nHost: localhost\r\nno colon in this line\r\n"
                    + "Connection: close\r\n\r\n");
    refusals.forEach(
        (status, request) -> {
          String reply = raw(request);
          assertTrue(reply.startsWith(status), status + " expected: " + reply);
          assertHasSecurityHeaders(reply);
        });
  }

  @Test
  void aBrokenEscapeInAChunkedFormIsABadRequest() {
    byte[] form = "query=ASK%20%7B%7D%zz".getBytes(StandardCharsets.US_ASCII);
    var response =
        served.send(
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form))));

    assertEquals(400, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(response.body().contains("java."), response.body());
  }

  @Test
  void aQueryStoppedByTheRegexBoundSaysSo() {
    var response =
        served.query(
            "/sparql",
            """
        SELECT ?q WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?q
          FILTER(REGEX(?q, "(.*a){12}x")) }""",
            "text/csv");

    assertEquals(503, response.statusCode(), response.body());
    String body = response.body().toLowerCase(Locale.ROOT);
    assertTrue(body.contains("regex"), response.body());
    assertFalse(body.contains("timed out"), response.body());
  }

  private static void assertHasSecurityHeaders(String reply) {
    String head = reply.substring(0, Math.max(0, reply.indexOf("\r\n\r\n")));
    SecurityHeaders.HEADERS.forEach(
        (name, value) ->
            assertTrue(head.contains(name + ": " + value), name + " missing in:\n" + head));
  }

  /** Sends {@code request} as it is and returns all that comes back until the server closes. */
  private static String raw(String request) {
    try (Socket socket = new Socket("localhost", served.uri("/").getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts the log events of every logger between {@link #attach} and {@link #detach}. */
  private static final class LoggedLines extends AbstractAppender {
    private final AtomicInteger events = new AtomicInteger();

    private LoggedLines() {
      super("counting", null, null, true, Property.EMPTY_ARRAY);
    }

    static LoggedLines attach() {
      LoggedLines appender = new LoggedLines();
      appender.start();
      root().addAppender(appender);
      return appender;
    }

    int detach() {
      root().removeAppender(this);
      stop();
      return events.get();
    }

    @Override
    public void append(LogEvent event) {
      // A stack trace is one event but many lines: count those.
      Throwable t = event.getThrown();
      int lines = 1;
      for (; t != null; t = t.getCause()) {
        lines += t.getStackTrace().length;
      }
      events.addAndGet(lines);
    }

    private static Logger root() {
      return (Logger) LogManager.getRootLogger();
    }
  }
}
