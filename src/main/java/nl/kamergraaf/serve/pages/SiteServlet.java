package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What every servlet of the site shares: plain-text errors and HTML pages with a strict CSP. */
abstract class SiteServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Scripts and styles come only from this server's files: nothing inline, nothing elsewhere. */
  static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

  static void plain(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().println(message);
  }

  static void html(HttpServletResponse response, String page) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html; charset=utf-8");
    response.setCharacterEncoding("UTF-8");
    securityHeaders(response);
    // Every page is written in the language Accept-Language asks for (PageTexts).
    String vary = response.getHeader("Vary");
    response.setHeader(
        "Vary", vary == null || vary.isBlank() ? "Accept-Language" : vary + ", Accept-Language");
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  static void securityHeaders(HttpServletResponse response) {
    if (!response.containsHeader("Content-Security-Policy")) {
      response.setHeader("Content-Security-Policy", CSP);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** The path after the servlet's mount point, without the leading slash; "" if none. */
  static String rest(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null ? "" : info.startsWith("/") ? info.substring(1) : info;
  }

  /** This server's own origin as the client reached it, e.g. {@code http://localhost:3030}. */
  static String origin(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    String uri = request.getRequestURI();
    return url.substring(0, url.length() - uri.length());
  }
}
