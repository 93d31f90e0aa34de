package nl.kamergraaf.serve.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Refuses (400) the request parameters with which a client could make this server's responses run
 * code in a browser: {@code stylesheet} (Fuseki names an XSLT in XML results) and {@code callback}
 * (Fuseki wraps JSON results in a JSONP function call).
 */
public final class RefusedParameters implements Filter {
  static final List<String> REFUSED = List.of("stylesheet", "callback");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
      // Decoded, from the query string and a form body alike, as Fuseki reads them; in any case.
      for (String name : Collections.list(http.getParameterNames())) {
        if (REFUSED.contains(name.toLowerCase(Locale.ROOT))) {
          PlainTextError.send(
              out,
              400,
              "The '"
                  + name.toLowerCase(Locale.ROOT)
                  + "' parameter is not supported by this server.");
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
