package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import nl.kamergraaf.ingest.SourceMap;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Converts an old Word file (.doc, Word 97–2003) with Apache POI's HWPF: one paragraph per Word
 * paragraph, bold runs and heading styles bold, field codes left out (their results kept), footnote
 * reference marks as {@code <sup>N</sup>} and the footnotes' text after the body. An OLE2 file that
 * holds an encrypted .docx or no Word document at all is refused with a message saying which.
 */
final class DocConverter {
  private static final char FOOTNOTE_MARK = '\u0002';
  private static final char FIELD_BEGIN = '\u0013';
  private static final char FIELD_SEPARATOR = '\u0014';
  private static final char FIELD_END = '\u0015';

  private final ConvertedTextWriter out = new ConvertedTextWriter();
  // One entry per open field: true while in its code, false once in its result.
  private final Deque<Boolean> fields = new ArrayDeque<>();
  private int notes;

  private DocConverter() {}

  static ConvertedText convert(Path file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo")) {
        throw new BadFileException(
            "the Word file is password-protected. Open it with the "
                + "password, save a copy without one, and run again.");
      }
      if (!root.hasEntry("WordDocument")) {
        throw new BadFileException(
            "this is an OLE2 compound file but not a Word document "
                + "(an Excel or PowerPoint file?). Remove it from the corpus.");
      }
      HWPFDocument doc = new HWPFDocument(root);
      DocConverter c = new DocConverter();
      c.body(doc);
      c.footnotes(doc);
      return c.out.finish();
    }
  }

  private void body(HWPFDocument doc) {
    Range range = doc.getRange();
    for (int i = 0; i < range.numParagraphs(); i++) {
      Paragraph p = range.getParagraph(i);
      out.paragraph();
      boolean heading = isHeading(doc, p);
      String number = Integer.toString(i + 1);
      int offset = 0;
      for (int r = 0; r < p.numCharacterRuns(); r++) {
        CharacterRun run = p.getCharacterRun(r);
        if (run.isMarkedDeleted() || run.isVanished()) {
          offset += run.text().length();
          continue;
        }
        offset =
            chars(run.text(), heading || run.isBold(), SourceMap.Unit.PARAGRAPH, number, offset);
      }
    }
  }

  /** Writes a run's text char by char, handling Word's special chars; returns the offset. */
  private int chars(String text, boolean bold, SourceMap.Unit unit, String number, int at) {
    int offset = at;
    for (int i = 0; i < text.length(); i++, offset++) {
      char c = text.charAt(i);
      if (c == FIELD_BEGIN) {
        fields.push(true);
      } else if (c == FIELD_SEPARATOR && !fields.isEmpty()) {
        fields.pop();
        fields.push(false);
      } else if (c == FIELD_END && !fields.isEmpty()) {
        fields.pop();
      } else if (fields.contains(true)) {
        continue; // a field's code, e.g. PAGEREF _Toc123 \h
      } else if (c == FOOTNOTE_MARK && unit == SourceMap.Unit.PARAGRAPH) {
        out.marker(Integer.toString(++notes));
      } else if (c == '\u001F') {
        continue; // optional hyphen: not printed unless Word breaks the line there
      } else if (c == '\u001E') {
        out.text("-", bold, unit, number, offset); // non-breaking hyphen
      } else if (c >= ' ' || c == '\t') {
        out.text(String.valueOf(c), bold, unit, number, offset);
      } else {
        out.space(); // line break, page break, cell end, objects
      }
    }
    return offset;
  }

  private static boolean isHeading(HWPFDocument doc, Paragraph p) {
    StyleDescription style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
    String name =
        style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
    return name.startsWith("heading")
        || name.startsWith("kop")
        || name.equals("title")
        || name.equals("titel");
  }

  /** The footnotes' text in order, each on one line, numbered as their marks were. */
  private void footnotes(HWPFDocument doc) {
    Notes footnotes = doc.getFootnotes();
    String all = doc.getFootnoteRange().text();
    for (int i = 0; i < footnotes.getNotesCount(); i++) {
      int start = Math.min(footnotes.getNoteTextStartOffset(i), all.length());
      int end = Math.min(footnotes.getNoteTextEndOffset(i), all.length());
      String label = Integer.toString(i + 1);
      out.footnote(label);
      fields.clear();
      chars(all.substring(start, end), false, SourceMap.Unit.FOOTNOTE, label, 0);
    }
  }
}
