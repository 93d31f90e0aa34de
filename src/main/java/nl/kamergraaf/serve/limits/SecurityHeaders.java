package nl.kamergraaf.serve.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Puts the browser-side protections on every response, error pages included: a
 * Content-Security-Policy that allows only this server's own files ({@code default-src 'self'},
 * images also as {@code data:} URLs; no inline script or style, no framing), no content sniffing
 * and no referrer sent elsewhere. Set before the request goes on, so they stand whatever answers
 * it.
 */
public final class SecurityHeaders implements Filter {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
          + "form-action 'self'; object-src 'none'";

  /**
   * Every protection by header name: also put on the answers Jetty makes itself, before a request
   * reaches this filter ({@link GuardedErrors}, {@link RequestGuard}).
   */
  public static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY",
          "Cross-Origin-Opener-Policy", "same-origin");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      HEADERS.forEach(http::setHeader);
    }
    chain.doFilter(request, response);
  }
}
