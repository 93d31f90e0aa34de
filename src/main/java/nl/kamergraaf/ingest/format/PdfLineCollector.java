package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lets PDFBox's text stripper group a PDF's glyphs into words and lines (in the order the file
 * draws them, which for a single-column paper is reading order) and keeps each line with its
 * glyphs' positions, sizes and fonts instead of writing plain text.
 */
final class PdfLineCollector extends PDFTextStripper {
  private final List<List<PdfLine>> pages = new ArrayList<>();
  private List<PdfLine> lines;
  private List<PdfLine.Glyph> current = new ArrayList<>();
  private int pageOffset;
  private int pageNumber;

  /** The lines of every page, page 1 first. */
  static List<List<PdfLine>> lines(PDDocument doc) throws IOException {
    PdfLineCollector c = new PdfLineCollector();
    c.writeText(doc, Writer.nullWriter());
    return c.pages;
  }

  private PdfLineCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  @Override
  protected void startPage(PDPage page) {
    lines = new ArrayList<>();
    current = new ArrayList<>();
    pageOffset = 0;
    pageNumber++;
  }

  @Override
  protected void endPage(PDPage page) {
    endLine();
    pages.add(lines);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition p : positions) {
      String unicode = p.getUnicode();
      if (unicode == null || unicode.isEmpty()) {
        continue;
      }
      current.add(
          new PdfLine.Glyph(
              plain(unicode),
              p.getXDirAdj(),
              p.getYDirAdj(),
              p.getWidthDirAdj(),
              p.getFontSizeInPt(),
              isBold(p.getFont())));
    }
  }

  @Override
  protected void writeWordSeparator() {
    if (!current.isEmpty()) {
      PdfLine.Glyph last = current.get(current.size() - 1);
      current.add(
          new PdfLine.Glyph(" ", last.x() + last.width(), last.y(), 0, last.size(), last.bold()));
    }
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  private void endLine() {
    if (current.isEmpty()) {
      return;
    }
    PdfLine line = new PdfLine(pageNumber, current, pageOffset);
    lines.add(line);
    pageOffset += line.text().codePointCount(0, line.text().length()) + 1; // + the line break
    current = new ArrayList<>();
  }

  /** Ligatures ("ﬁ") as their letters; other text as it is. */
  private static String plain(String unicode) {
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB4F') {
        return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
      }
    }
    return unicode;
  }

  /** Bold by the font's name ("…-Bold", "Arial Black"), weight or force-bold flag. */
  static boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (name.contains("bold")
        || name.contains("black")
        || name.contains("heavy")
        || name.contains("demi")) {
      return true;
    }
    PDFontDescriptor d = font.getFontDescriptor();
    return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
  }
}
