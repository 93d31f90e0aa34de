package nl.kamergraaf.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a file as UTF-8 and refuses anything else: a malformed byte sequence is an {@link
 * IngestException} naming its byte offset and line:column. A leading UTF-8 byte order mark is
 * skipped, so decoded positions count from the first char after it.
 *
 * <p>A streaming pass with small buffers checks the bytes and finds the position of a fault; only
 * then is the file read whole and turned into a String by the JDK's fast path. That keeps the peak
 * memory for a large file at its bytes plus its chars.
 */
final class StrictUtf8 {
  private static final int CHUNK = 1 << 16;

  private StrictUtf8() {}

  /** Decodes {@code file}; {@code name} is used in error messages. */
  static String decode(String name, Path file) throws IOException {
    int skip = check(name, file);
    byte[] bytes = Files.readAllBytes(file);
    return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
  }

  /** Checks that {@code file} is UTF-8; returns the length of its byte order mark (0 or 3). */
  private static int check(String name, Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    CharBuffer chars = CharBuffer.allocate(CHUNK);
    Cursor cursor = new Cursor();
    int bom = 0;
    long compacted = 0; // bytes dropped from the front of the buffer so far
    boolean first = true;
    boolean eof = false;
    try (FileChannel in = FileChannel.open(file)) {
      while (!eof) {
        eof = in.read(bytes) < 0;
        if (first && !eof && bytes.position() < 3) {
          continue; // a byte order mark needs three bytes to be recognised
        }
        bytes.flip();
        if (first) {
          first = false;
          bom = byteOrderMark(name, bytes);
          bytes.position(bom);
        }
        CoderResult result;
        do {
          result = decoder.decode(bytes, chars, eof);
          cursor.advance(chars.flip());
          chars.clear();
          if (result.isError()) {
            throw malformed(
                name, file, cursor, bytes, compacted + bytes.position(), result.length());
          }
        } while (result.isOverflow());
        compacted += bytes.position();
        bytes.compact();
      }
    }
    return bom;
  }

  private static int byteOrderMark(String name, ByteBuffer b) {
    int n = b.remaining();
    if (n >= 3 && b.get(0) == (byte) 0xEF && b.get(1) == (byte) 0xBB && b.get(2) == (byte) 0xBF) {
      return 3;
    }
    if (n >= 2
        && ((b.get(0) == (byte) 0xFF && b.get(1) == (byte) 0xFE)
            || (b.get(0) == (byte) 0xFE && b.get(1) == (byte) 0xFF))) {
      throw new IngestException(
          name
              + ": the file is UTF-16 (it starts with a UTF-16 byte order "
              + "mark). Save it as UTF-8 and run again.");
    }
    return 0;
  }

  private static IngestException malformed(
      String name, Path file, Cursor at, ByteBuffer bytes, long offset, int length) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      shown.append(String.format(" 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    String where =
        name
            + ":"
            + at.line
            + ":"
            + (at.column + 1)
            + ": invalid UTF-8 at byte offset "
            + offset
            + " (bytes"
            + shown
            + ")";
    if (Windows1252.looksLike(file)) {
      char meant = (char) Windows1252.charOf(bytes.get(bytes.position()) & 0xFF);
      return new IngestException(
          where
              + "; the file looks like Windows-1252 text (there it "
              + "would be '"
              + meant
              + "'). Convert it with iconv -f windows-1252 -t utf-8 and run "
              + "again.");
    }
    return new IngestException(
        where
            + ". The file must be UTF-8 text: convert it (e.g. iconv "
            + "-f windows-1252 -t utf-8) and run again.");
  }

  /** Line and column reached in the decoded text. */
  private static final class Cursor {
    long line = 1;
    long column;

    void advance(CharSequence decoded) {
      for (int i = 0; i < decoded.length(); i++) {
        if (decoded.charAt(i) == '\n') {
          line++;
          column = 0;
        } else {
          column++;
        }
      }
    }
  }
}
