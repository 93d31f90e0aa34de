package nl.kamergraaf.ingest;

import java.nio.charset.StandardCharsets;

/** Line:column and byte offset of a char position, for error messages. */
final class TextPosition {
  private TextPosition() {}

  /** {@code "line:col"} (both from 1) of char position {@code pos} in {@code text}. */
  static String of(CharSequence text, int pos) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < pos; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (pos - lineStart + 1);
  }

  /** The UTF-8 byte offset of char position {@code pos}, counting {@code skipped} leading bytes. */
  static long byteOffset(String text, int pos, int skipped) {
    return skipped + (long) text.substring(0, pos).getBytes(StandardCharsets.UTF_8).length;
  }
}
