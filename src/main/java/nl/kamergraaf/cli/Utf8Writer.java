package nl.kamergraaf.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An output stream of UTF-8 bytes written into a command's {@link PrintWriter} ({@code
 * spec.commandLine().getOut()}), for the writers that produce bytes (Jena's result and RDF writers,
 * the exports), so every command prints through picocli's writer and a test can catch what it
 * prints. Decodes as the bytes come; a character split between two writes is kept whole.
 */
final class Utf8Writer extends OutputStream {
  private final PrintWriter out;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer pending = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  Utf8Writer(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    int at = offset;
    int end = offset + length;
    while (at < end) {
      int n = Math.min(pending.remaining(), end - at);
      pending.put(bytes, at, n);
      at += n;
      decode(false);
    }
  }

  @Override
  public void flush() {
    out.flush();
  }

  /** Writes what is left (a broken last character as U+FFFD) and flushes; the writer stays open. */
  @Override
  public void close() {
    decode(true);
    decoder.flush(chars);
    drain();
    out.flush();
  }

  private void decode(boolean last) {
    pending.flip();
    while (true) {
      boolean full = decoder.decode(pending, chars, last).isOverflow();
      drain();
      if (!full) {
        break;
      }
    }
    pending.compact();
  }

  private void drain() {
    chars.flip();
    out.append(chars);
    chars.clear();
  }
}
