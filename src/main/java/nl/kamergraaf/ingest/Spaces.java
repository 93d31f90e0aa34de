package nl.kamergraaf.ingest;

/** Which characters ingest treats as line breaks and which as spaces inside a line. */
final class Spaces {
  private Spaces() {}

  /** Line terminators; {@code \r\n} counts as one (see {@link Lines}). */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Spaces, tabs, no-break and other Unicode spaces, and stray control characters: all of them
   * collapse to one plain space inside a line.
   */
  static boolean isSpace(char c) {
    if (c == ' ' || c == '\t') {
      return true;
    }
    if (c < 0x20 || c == 0x7F) {
      return !isLineBreak(c);
    }
    return Character.isSpaceChar(c) && !isLineBreak(c);
  }
}
