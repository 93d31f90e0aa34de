package nl.kamergraaf.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.stream.Stream;
import nl.kamergraaf.serve.ServedCorpus;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every response, answers and refusals of every kind and pages of mounted servlets alike, carries
 * the Content-Security-Policy and the other browser protections.
 */
class SecurityHeadersTest {

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(
          server ->
              server.servlet(
                  "/page/*",
                  new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                        throws IOException {
                      resp.setContentType("text/html;charset=utf-8");
                      resp.getWriter().write("<!doctype html><title>page</title><p>page</p>");
                    }
                  }));

  static Stream<Arguments> responses() {
    String ask = "?query=" + ServedCorpus.encode("ASK {}");
    return Stream.of(
        Arguments.of("query answered", 200, get("/sparql" + ask)),
        Arguments.of("query on the dataset", 200, get("/kamergraaf/query" + ask)),
        Arguments.of("mounted page", 200, get("/page/x")),
        Arguments.of("unknown path", 404, get("/nothing/here")),
        Arguments.of("admin path", 404, get("/$/server")),
        Arguments.of(
            "query that does not parse",
            400,
            get("/sparql?query=" + ServedCorpus.encode("SELEC nonsense"))),
        Arguments.of(
            "update refused",
            405,
            HttpRequest.newBuilder(served.uri("/kamergraaf/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString("DROP ALL"))),
        Arguments.of("JSONP refused", 400, get("/sparql" + ask + "&callback=f")),
        Arguments.of(
            "body too large",
            413,
            HttpRequest.newBuilder(served.uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(BodyPublishers.ofString("#" + "x".repeat(200_000)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responses")
  void carriesTheSecurityHeaders(String what, int status, HttpRequest.Builder request) {
    var response = served.send(request);
    var headers = response.headers();

    int got = response.statusCode();
    // Fuseki answers an unknown operation with 404 or 405 depending on the path; both refuse.
    if (status == 405) {
      assertEquals(true, got == 404 || got == 405, what + ": " + got);
    } else {
      assertEquals(status, got, what + ": " + response.body());
    }
    assertEquals(
        SecurityHeaders.CONTENT_SECURITY_POLICY,
        headers.firstValue("Content-Security-Policy").orElse("(none)"),
        what);
    assertEquals(
        true,
        SecurityHeaders.CONTENT_SECURITY_POLICY.contains("default-src 'self'")
            && SecurityHeaders.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse("(none)"), what);
    assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse("(none)"), what);
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse("(none)"), what);
  }

  private static HttpRequest.Builder get(String pathAndQuery) {
    return HttpRequest.newBuilder(served.uri(pathAndQuery)).GET();
  }
}
