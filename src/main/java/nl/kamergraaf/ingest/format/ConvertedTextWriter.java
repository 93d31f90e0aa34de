package nl.kamergraaf.ingest.format;

import nl.kamergraaf.ingest.SourceMap;

/**
 * Writes a converter's output: paragraphs one per line with a blank line between them (so the
 * normaliser never mistakes them for lines of wrapped text), bold runs between {@code **} with
 * no space just inside the stars (else Markdown would not pair them), footnote markers as
 * {@code <sup>N</sup>} and footnote bodies as lines starting with one. Text copied from the
 * file is recorded in the {@link SourceMap}; markup and joining spaces are not.
 *
 * <p>Control characters and line breaks inside a paragraph become spaces: a paragraph must stay
 * on one line.
 */
final class ConvertedTextWriter {
  private final StringBuilder text = new StringBuilder();
  private final SourceMap.Builder map = new SourceMap.Builder();
  private final StringBuilder heldSpaces = new StringBuilder();
  private boolean inParagraph;
  private boolean bold;
  private int paragraphStart;

  /** Starts a paragraph; the previous one, if any, ends. An empty paragraph leaves no trace. */
  void paragraph() {
    endParagraph();
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
   * Text copied from the file: {@code s} stood in {@code unit number} from code point
   * {@code at}. Bold text is put between stars.
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
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
        || c == 0xAD || c == 0xFEFF;
  }
}
