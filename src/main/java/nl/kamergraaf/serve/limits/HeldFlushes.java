package nl.kamergraaf.serve.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Query answers go out when the server's output buffer is full or the answer is done, not when
 * Fuseki flushes. Fuseki flushes after writing a note that a query was cut off; that flush sent the
 * status {@code 200} of a short answer that could still have become a plain {@code 503} ({@link
 * CutAnswers}). Mounted on the SPARQL endpoints only.
 */
public final class HeldFlushes implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      chain.doFilter(request, new Held(http));
    } else {
      chain.doFilter(request, response);
    }
  }

  private static final class Held extends HttpServletResponseWrapper {
    private ServletOutputStream stream;

    Held(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream out = super.getOutputStream();
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) throws IOException {
                out.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void flush() {
                // Held: the buffer goes out when full or when the answer ends.
              }

              @Override
              public void close() throws IOException {
                out.close();
              }

              @Override
              public boolean isReady() {
                return out.isReady();
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
