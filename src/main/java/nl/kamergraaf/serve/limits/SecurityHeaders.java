package nl.kamergraaf.serve.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the browser-side protections on every response, error pages included: a
 * Content-Security-Policy that allows only this server's own files ({@code default-src 'self'},
 * images also as {@code data:} URLs; no inline script or style, no framing), no content sniffing and no referrer sent elsewhere.
 * Set before the request goes on, so they stand whatever answers it.
 */
public final class SecurityHeaders implements Filter {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
          + "form-action 'self'; object-src 'none'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader("Referrer-Policy", "no-referrer");
      http.setHeader("X-Frame-Options", "DENY");
      http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }
    chain.doFilter(request, response);
  }
}
