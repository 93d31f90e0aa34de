package nl.kamergraaf.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8 and refuses anything else: a malformed byte sequence is an
 * {@link IngestException} naming its byte offset and line:column. A leading UTF-8 byte order
 * mark is skipped, so decoded positions count from the first char after it.
 */
final class StrictUtf8 {
  private static final int CHUNK = 1 << 16;

  private StrictUtf8() {}

  /** Decodes all of {@code in}; {@code name} is used in error messages. */
  static String decode(String name, ReadableByteChannel in, long sizeHint) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder((int) Math.min(Math.max(sizeHint, 16), 1 << 28));
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    CharBuffer chars = CharBuffer.allocate(CHUNK);
    long compacted = 0; // bytes dropped from the front of the buffer so far
    boolean first = true;
    boolean eof = false;
    while (!eof) {
      eof = in.read(bytes) < 0;
      if (first && !eof && bytes.position() < 3) {
        continue; // a byte order mark needs three bytes to be recognised
      }
      bytes.flip();
      if (first) {
        first = false;
        if (startsWithBom(bytes)) {
          bytes.position(3);
        } else if (startsWithUtf16Bom(bytes)) {
          throw new IngestException(
              name + ": the file is UTF-16 (it starts with a UTF-16 byte order mark). "
                  + "Save it as UTF-8 and run again.");
        }
      }
      while (true) {
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          text.append(chars.flip());
          throw malformed(name, text, bytes, compacted + bytes.position(), result.length());
        }
        if (result.isOverflow()) {
          text.append(chars.flip());
          chars.clear();
          continue;
        }
        break;
      }
      compacted += bytes.position();
      bytes.compact();
    }
    decoder.flush(chars);
    text.append(chars.flip());
    return text.toString();
  }

  private static boolean startsWithBom(ByteBuffer b) {
    return b.remaining() >= 3
        && b.get(0) == (byte) 0xEF
        && b.get(1) == (byte) 0xBB
        && b.get(2) == (byte) 0xBF;
  }

  private static boolean startsWithUtf16Bom(ByteBuffer b) {
    return b.remaining() >= 2
        && ((b.get(0) == (byte) 0xFF && b.get(1) == (byte) 0xFE)
            || (b.get(0) == (byte) 0xFE && b.get(1) == (byte) 0xFF));
  }

  private static IngestException malformed(
      String name, CharSequence before, ByteBuffer bytes, long offset, int length) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      shown.append(String.format(" 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    return new IngestException(
        name + ":" + TextPosition.of(before, before.length())
            + ": invalid UTF-8 at byte offset " + offset + " (bytes" + shown + "). "
            + "The file must be UTF-8 text: convert it (e.g. iconv -f windows-1252 -t utf-8) "
            + "and run again.");
  }
}
