package nl.kamergraaf.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Separates a PDF's footnotes from its running text, as well as layout allows: on each page, lines
 * in a smaller font than the body text and below its last body-size line are footnote lines. A
 * footnote starts at such a line that begins with the next footnote number (the first one with any
 * number); other footnote lines continue the footnote before, also over a page break. Small lines
 * with no footnote to belong to stay running text.
 */
final class PdfFootnotes {
  private static final float SMALLER = 0.9f;

  /** One footnote: its number, its lines, and how many glyphs of the first line the label is. */
  record Note(String label, List<PdfLine> lines, int labelGlyphs) {}

  /** Running text and footnotes of the document. */
  record Split(List<PdfLine> body, List<Note> notes) {}

  private PdfFootnotes() {}

  static Split split(List<List<PdfLine>> pages, Set<PdfLine> furniture, float bodySize) {
    List<PdfLine> body = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    int lastLabel = 0;
    for (List<PdfLine> page : pages) {
      float lastBody = Float.NEGATIVE_INFINITY;
      for (PdfLine line : page) {
        if (!furniture.contains(line) && !line.isBlank() && line.size() >= bodySize * SMALLER) {
          lastBody = Math.max(lastBody, line.baseline());
        }
      }
      for (PdfLine line : page) {
        if (furniture.contains(line) || line.isBlank()) {
          continue;
        }
        boolean small =
            lastBody > Float.NEGATIVE_INFINITY
                && line.size() < bodySize * SMALLER
                && line.baseline() > lastBody;
        int labelGlyphs = small ? labelGlyphs(line) : 0;
        String label = labelGlyphs > 0 ? label(line, labelGlyphs) : null;
        if (label != null && (lastLabel == 0 || Integer.parseInt(label) == lastLabel + 1)) {
          notes.add(new Note(label, new ArrayList<>(List.of(line)), labelGlyphs));
          lastLabel = Integer.parseInt(label);
        } else if (small && !notes.isEmpty()) {
          notes.get(notes.size() - 1).lines().add(line);
        } else {
          body.add(line);
        }
      }
    }
    return new Split(body, notes);
  }

  /** Glyphs of a leading number followed by a space (or raised), with that space; else 0. */
  private static int labelGlyphs(PdfLine line) {
    List<PdfLine.Glyph> glyphs = line.glyphs();
    int i = 0;
    while (i < glyphs.size() && glyphs.get(i).isSpace()) {
      i++;
    }
    int digitsStart = i;
    while (i < glyphs.size()
        && glyphs.get(i).text().chars().allMatch(Character::isDigit)
        && !glyphs.get(i).isSpace()) {
      i++;
    }
    if (i == digitsStart || i - digitsStart > 3 || i == glyphs.size()) {
      return 0;
    }
    boolean raised = line.isSuperscript(i - 1) && !line.isSuperscript(i);
    if (!glyphs.get(i).isSpace() && !raised) {
      return 0;
    }
    while (i < glyphs.size() && glyphs.get(i).isSpace()) {
      i++;
    }
    return i;
  }

  private static String label(PdfLine line, int labelGlyphs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < labelGlyphs; i++) {
      if (!line.glyphs().get(i).isSpace()) {
        s.append(line.glyphs().get(i).text());
      }
    }
    return s.toString();
  }
}
