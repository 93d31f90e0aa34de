package nl.kamergraaf.ingest;

/**
 * Walks the lines of a text without copying it: each step exposes the line's range, without its
 * terminator. {@code \r\n}, {@code \n}, {@code \r}, form feed and the Unicode line and paragraph
 * separators all end a line.
 */
final class Lines {
  private final String text;
  private int next;
  private int start;
  private int end;

  Lines(String text) {
    this.text = text;
  }

  /** Moves to the next line; false when the text is exhausted. */
  boolean advance() {
    if (next >= text.length()) {
      return false;
    }
    start = next;
    int i = start;
    while (i < text.length() && !Spaces.isLineBreak(text.charAt(i))) {
      i++;
    }
    end = i;
    if (i < text.length()) {
      boolean crlf = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      next = i + (crlf ? 2 : 1);
    } else {
      next = i;
    }
    return true;
  }

  /** Start of the current line in the text. */
  int start() {
    return start;
  }

  /** End of the current line: the position of its terminator, or the text length. */
  int end() {
    return end;
  }
}
