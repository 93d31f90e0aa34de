package nl.kamergraaf.ingest.format;

import nl.kamergraaf.ingest.SourceMap;

/**
 * Writes a converter's output: paragraphs one per line with a blank line between them (so the
 * normaliser never mistakes them for lines of wrapped text), bold runs between {@code **} with no
 * space just inside the stars (else Markdown would not pair them), footnote markers as {@code
 * <sup>N</sup>} and footnote bodies as lines starting with one. Text copied from the file is
 * recorded in the {@link SourceMap}; markup and joining spaces are not.
 *
 * <p>Control characters and line breaks inside a paragraph become spaces: a paragraph must stay on
 * one line.
 *
 * <p>What a file may become is bounded, {@value #MAX_CHARS} characters and {@value #MAX_PARAGRAPHS}
 * paragraphs (twice what the largest text file read holds), and a file that would make more is
 * rejected: a few MB of packed Word or PDF can unpack to far more text than the build can hold.
 */
final class ConvertedTextWriter {
  static final int MAX_CHARS = 8 * 1024 * 1024;
  static final int MAX_PARAGRAPHS = 500_000;

  private final StringBuilder text = new StringBuilder();
  private final SourceMap.Builder map = new SourceMap.Builder();
  private final StringBuilder heldSpaces = new StringBuilder();
  private boolean inParagraph;
  private boolean bold;
  private int paragraphStart;
  private int paragraphs;

  /** Starts a paragraph; the previous one, if any, ends. An empty paragraph leaves no trace. */
  void paragraph() {
    endParagraph();
    if (++paragraphs > MAX_PARAGRAPHS) {
      throw new BadFileException(
          "it converts to more than "
              + MAX_PARAGRAPHS
              + " paragraphs,"
              + " more than any paper holds; it is not read. Split it into smaller documents.");
    }
    if (text.length() > paragraphStart) {
      text.append("\n\n");
    }
    paragraphStart = text.length();
    inParagraph = true;
  }

  /** Starts a footnote body: a paragraph that begins with its {@code <sup>label</sup>}. */
  void footnote(String label) {
    paragraph();
    text.append("<sup>").append(label).append("</sup> ");
  }

  /** A footnote marker in the running text. */
  void marker(String label) {
    flushSpaces();
    text.append("<sup>").append(label).append("</sup>");
  }

  /**
   * Text copied from the file: {@code s} stood in {@code unit number} from code point {@code at}.
   * Bold text is put between stars.
   */
  void text(String s, boolean isBold, SourceMap.Unit unit, String number, int at) {
    int codePoint = at;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      int width = Character.charCount(c);
      if (isSpaceLike(c)) {
        heldSpaces.append(' ');
      } else {
        if (isBold != bold) {
          switchBold(isBold);
        } else {
          flushSpaces();
        }
        int from = text.length();
        if (from >= MAX_CHARS) {
          throw new BadFileException(
              "it converts to more than "
                  + MAX_CHARS
                  + " characters of"
                  + " text, more than any paper holds; it is not read. Split it into smaller"
                  + " documents.");
        }
        text.appendCodePoint(c);
        map.copy(from, text.length(), unit, number, codePoint);
      }
      codePoint++;
      i += width;
    }
  }

  /** A space that is not in the file: between two joined lines of a PDF paragraph. */
  void space() {
    heldSpaces.append(' ');
  }

  /** Whether anything but spaces was written in the current paragraph. */
  boolean paragraphHasText() {
    return text.length() > paragraphStart;
  }

  ConvertedText finish() {
    endParagraph();
    String out = text.toString();
    return new ConvertedText(out, map.build(out));
  }

  private void switchBold(boolean on) {
    if (on) {
      flushSpaces();
      text.append("**");
    } else {
      text.append("**");
      flushSpaces();
    }
    bold = on;
  }

  private void flushSpaces() {
    if (heldSpaces.length() > 0 && paragraphHasText()) {
      text.append(' ');
    }
    heldSpaces.setLength(0);
  }

  private void endParagraph() {
    if (!inParagraph) {
      return;
    }
    if (bold) {
      text.append("**");
      bold = false;
    }
    heldSpaces.setLength(0);
    inParagraph = false;
  }

  private static boolean isSpaceLike(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.isISOControl(c)
        || c == 0xAD
        || c == 0xFEFF;
  }
}
