package nl.kamergraaf.ingest.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a PDF page as PDFBox groups it: its glyphs with position, size and boldness, and
 * where its text starts in the page's text (the page's lines joined by line breaks, in code
 * points). Coordinates are PDF points from the top left of the page.
 */
final class PdfLine {
  /** One glyph: its text (a space for a word gap), box and font facts. */
  record Glyph(String text, float x, float y, float width, float size, boolean bold) {
    boolean isSpace() {
      return text.isBlank();
    }
  }

  private final int page;
  private final List<Glyph> glyphs;
  private final int pageOffset;
  private final String text;
  private final float baseline;
  private final float size;

  PdfLine(int page, List<Glyph> glyphs, int pageOffset) {
    this.page = page;
    this.glyphs = List.copyOf(glyphs);
    this.pageOffset = pageOffset;
    StringBuilder s = new StringBuilder();
    glyphs.forEach(g -> s.append(g.text()));
    this.text = s.toString();
    this.size = dominant(true);
    this.baseline = dominant(false);
  }

  int page() {
    return page;
  }

  List<Glyph> glyphs() {
    return glyphs;
  }

  /** Where the line's text starts in its page's text, in code points. */
  int pageOffset() {
    return pageOffset;
  }

  String text() {
    return text;
  }

  /** The font size most of the line's letters have. */
  float size() {
    return size;
  }

  /** The baseline most of the line's glyphs sit on (y grows downwards). */
  float baseline() {
    return baseline;
  }

  float left() {
    float left = Float.MAX_VALUE;
    for (Glyph g : glyphs) {
      left = g.isSpace() ? left : Math.min(left, g.x());
    }
    return left;
  }

  float right() {
    float right = 0;
    for (Glyph g : glyphs) {
      right = g.isSpace() ? right : Math.max(right, g.x() + g.width());
    }
    return right;
  }

  /** Width of the first word, which a wrapped line above would have taken if it fit. */
  float firstWordWidth() {
    Glyph first = null;
    Glyph last = null;
    for (Glyph g : glyphs) {
      if (g.isSpace()) {
        if (first != null) {
          break;
        }
        continue;
      }
      first = first == null ? g : first;
      last = g;
    }
    return first == null ? 0 : last.x() + last.width() - first.x();
  }

  /** Whether glyph {@code i} is raised and smaller than the line's text: a superscript. */
  boolean isSuperscript(int i) {
    Glyph g = glyphs.get(i);
    return !g.isSpace() && g.size() < size * 0.8f && g.y() < baseline - size * 0.15f;
  }

  /** Whether every non-space glyph is bold. */
  boolean allBold() {
    boolean any = false;
    for (Glyph g : glyphs) {
      if (!g.isSpace()) {
        if (!g.bold()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** The size (or baseline) most glyphs have, weighted by their number of chars. */
  private float dominant(boolean ofSize) {
    Map<Float, Integer> counts = new HashMap<>();
    float best = 0;
    int bestCount = -1;
    for (Glyph g : glyphs) {
      if (g.isSpace()) {
        continue;
      }
      float key = Math.round((ofSize ? g.size() : g.y()) * 2) / 2f;
      int count = counts.merge(key, g.text().length(), Integer::sum);
      if (count > bestCount) {
        best = key;
        bestCount = count;
      }
    }
    return best;
  }
}
