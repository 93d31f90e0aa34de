package nl.kamergraaf.serve.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A response that goes to the client as usual while a copy of its body, up to a limit, is kept for
 * the cache. Nothing waits for the copy: the client gets every byte as it is written.
 *
 * <p>The copy is deflated as it is made: query answers are repetitive text (the same IRIs on every
 * row), so a thousand documents' dumps of several MiB each take a tenth of that in memory.
 */
final class TeeResponse extends HttpServletResponseWrapper {
  private final HttpServletResponse client;
  private final long limit;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream(8192);
  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
  private final DeflaterOutputStream deflated = new DeflaterOutputStream(copy, deflater, 8192);
  private long written;
  private boolean overflowed;
  private ServletOutputStream stream;
  private PrintWriter writer;

  TeeResponse(HttpServletResponse client, long limit) {
    super(client);
    this.client = client;
    this.limit = limit;
  }

  /** Whether the whole body was copied: false once it grew past the limit. */
  boolean kept() {
    return !overflowed;
  }

  /** The copied answer with the headers the response ended with. */
  StoredAnswer answer() throws IOException {
    deflated.finish();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : client.getHeaderNames()) {
      if (!name.equalsIgnoreCase("Content-Length")
          && !name.equalsIgnoreCase("Date")
          && !name.equalsIgnoreCase(ResponseCache.HEADER)) {
        headers.put(name, new ArrayList<>(client.getHeaders(name)));
      }
    }
    return new StoredAnswer(client.getStatus(), Map.copyOf(headers), copy.toByteArray(), written);
  }

  /** Frees the deflater's native memory now rather than when it is collected. */
  void release() {
    deflater.end();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new TeeStream(client.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      String encoding = client.getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (stream != null) {
      stream.flush();
    }
    super.flushBuffer();
  }

  private void keep(byte[] b, int off, int len) throws IOException {
    if (overflowed) {
      return;
    }
    // The limit is on what is kept (deflated), and on the answer itself at 16 times that.
    if (copy.size() + (long) len > limit || written + len > 16 * limit) {
      overflowed = true;
      copy.reset();
      return;
    }
    deflated.write(b, off, len);
    written += len;
  }

  /** Writes to the client and keeps a copy. */
  private final class TeeStream extends ServletOutputStream {
    private final ServletOutputStream out;

    TeeStream(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      keep(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      keep(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
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
  }
}
