package nl.kamergraaf.serve.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a request whose body is larger than the limit with {@code 413 Content Too Large}: by
 * its {@code Content-Length} before anything is read, or, for a body sent in chunks, once more
 * than the limit has arrived (the body read so far, at most the limit, is then handed on).
 */
public final class RequestSizeLimit implements Filter {
  /** The default limit: a SPARQL query is a few KiB; 100 KiB leaves room for long VALUES lists. */
  public static final long DEFAULT_MAX_BYTES = 100 * 1024;

  private final long maxBytes;

  public RequestSizeLimit(long maxBytes) {
    if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("request size limit out of range: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse out)) {
      chain.doFilter(request, response);
      return;
    }
    long declared = http.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(out, declared + " bytes");
      return;
    }
    if (declared >= 0) {
      chain.doFilter(request, response); // Jetty reads no more than the declared length
      return;
    }
    byte[] body = http.getInputStream().readNBytes((int) maxBytes + 1);
    if (body.length > maxBytes) {
      refuse(out, "more than " + maxBytes + " bytes");
      return;
    }
    chain.doFilter(new Buffered(http, body), response);
  }

  private void refuse(HttpServletResponse out, String size) throws IOException {
    // The rest of the body is not read: the connection is closed after this answer.
    out.setHeader("Connection", "close");
    PlainTextError.send(out, 413, "The request body (" + size + ") is larger than this "
        + "server's limit of " + maxBytes + " bytes. Send a shorter query.");
  }

  /**
   * A request whose body has already been read into memory. A form body is parsed here, since
   * the container can no longer read it for {@code getParameter}.
   */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;
    private final Map<String, String[]> parameters;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
      String type = request.getContentType();
      if (type != null && type.toLowerCase(Locale.ROOT)
          .startsWith("application/x-www-form-urlencoded")) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> all.put(k, new ArrayList<>(List.of(v))));
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          all.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> merged = new LinkedHashMap<>();
        all.forEach((k, v) -> merged.put(k, v.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(merged);
      } else {
        this.parameters = null;
      }
    }

    @Override
    public String getParameter(String name) {
      if (parameters == null) {
        return super.getParameter(name);
      }
      String[] values = parameters.get(name);
      return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters == null ? super.getParameterMap() : parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return parameters == null ? super.getParameterNames()
          : Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters == null ? super.getParameterValues(name) : parameters.get(name);
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body has already been read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
