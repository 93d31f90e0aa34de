package nl.kamergraaf.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether bytes that are not UTF-8 read as Windows-1252 (the "ANSI" encoding of Dutch Windows
 * machines), so the error message can name the likely encoding and the command that converts it.
 * kamergraaf does not decode such files itself: offsets in the graph count chars of the file as
 * UTF-8, and a guess would silently be wrong for the other single-byte encodings.
 */
final class Windows1252 {
  private static final int SAMPLE = 1 << 16;
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private Windows1252() {}

  /** What byte {@code b} means in Windows-1252, or -1 where that encoding leaves it undefined. */
  static int charOf(int b) {
    char c = new String(new byte[] {(byte) b}, CP1252).charAt(0);
    return c == '\uFFFD' ? -1 : c;
  }

  /**
   * Whether the first 64 KiB of {@code file} read as Windows-1252 text: no undefined byte, and
   * every byte above 0x7F stands between letters or is punctuation, not in a run of high bytes as
   * in binary data or another multi-byte encoding.
   */
  static boolean looksLike(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SAMPLE);
    } catch (IOException e) {
      return false; // only used to word a message
    }
    int high = 0;
    int run = 0;
    for (byte value : head) {
      int b = value & 0xFF;
      if (b < 0x80) {
        run = 0;
        continue;
      }
      if (charOf(b) < 0 || ++run > 2) {
        return false;
      }
      high++;
    }
    return high > 0;
  }
}
