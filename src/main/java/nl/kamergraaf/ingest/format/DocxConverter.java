package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.SourceMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * Converts a Word .docx with Apache POI: one paragraph per Word paragraph (table cells' paragraphs
 * included, in reading order), runs that are bold (directly or by their style) and heading
 * paragraphs between stars, footnote references as {@code <sup>N</sup>} numbered in the order they
 * occur, and the footnotes' text after the body.
 *
 * <p>Zip-bomb limits are set for every .docx read: an entry that inflates more than 100 times or
 * past 256 MB stops the read, and before POI opens the file its XML parts may inflate to 64 MiB
 * together ({@link PackageSize}). POI parses the XML parts with DTDs and external entities off, so
 * an entity in a hostile file is never resolved.
 */
final class DocxConverter {
  /** Smallest compressed/uncompressed ratio of a zip entry: 1 %, POI's own default. */
  static final double MIN_INFLATE_RATIO = 0.01;

  static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
  }

  private static final Pattern REFERENCE = Pattern.compile("\\[(?:foot|end)noteRef:\\d+\\]");

  private final XWPFDocument doc;
  private final DocxStyles styles;
  private final ConvertedTextWriter out = new ConvertedTextWriter();
  private final Map<BigInteger, String> noteLabels = new LinkedHashMap<>();
  private int paragraph;

  private DocxConverter(XWPFDocument doc) {
    this.doc = doc;
    this.styles = new DocxStyles(doc.getStyles());
  }

  static ConvertedText convert(Path file) throws IOException {
    PackageSize.check(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XWPFDocument doc = new XWPFDocument(pkg)) {
      DocxConverter c = new DocxConverter(doc);
      c.body(doc.getBodyElements());
      c.footnotes();
      return c.out.finish();
    } catch (InvalidFormatException e) {
      throw new IOException("not a valid Word .docx package: " + e.getMessage(), e);
    }
  }

  private void body(List<IBodyElement> elements) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        paragraph(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            body(cell.getBodyElements());
          }
        }
      } else if (e instanceof XWPFSDT sdt) {
        paragraph++;
        out.paragraph();
        plain(sdt.getContent().getText(), SourceMap.Unit.PARAGRAPH, Integer.toString(paragraph), 0);
      }
    }
  }

  private void paragraph(XWPFParagraph p) {
    paragraph++;
    out.paragraph();
    boolean heading = styles.isHeading(p.getStyleID());
    boolean styleBold = heading || styles.isBold(p.getStyleID());
    runs(p.getIRuns(), styleBold, SourceMap.Unit.PARAGRAPH, Integer.toString(paragraph), 0);
  }

  /** Writes the runs of one paragraph from code point {@code at}; returns where it ended. */
  private int runs(
      List<IRunElement> runs, boolean styleBold, SourceMap.Unit unit, String number, int at) {
    int offset = at;
    for (IRunElement element : runs) {
      if (element instanceof XWPFRun run) {
        String text = run.text();
        if (!run.getCTR().getFootnoteReferenceList().isEmpty()) {
          // POI writes a reference as "[footnoteRef:N]" into the run's text: a marker, not text.
          text = REFERENCE.matcher(text).replaceAll("");
        }
        out.text(text, isBold(run, styleBold), unit, number, offset);
        offset += text.codePointCount(0, text.length());
        for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
          out.marker(
              noteLabels.computeIfAbsent(
                  ref.getId(), id -> Integer.toString(noteLabels.size() + 1)));
        }
      } else if (element instanceof XWPFSDT sdt) {
        offset = plain(sdt.getContent().getText(), unit, number, offset);
      }
    }
    return offset;
  }

  private boolean isBold(XWPFRun run, boolean styleBold) {
    Boolean direct = DocxStyles.bold(run.getCTR().getRPr());
    if (direct != null) {
      return direct;
    }
    return styles.isBold(run.getStyle()) || styleBold;
  }

  private int plain(String text, SourceMap.Unit unit, String number, int at) {
    out.text(text, false, unit, number, at);
    return at + text.codePointCount(0, text.length());
  }

  /** The referenced footnotes, in the order of their first reference, each on one line. */
  private void footnotes() {
    for (Map.Entry<BigInteger, String> note : noteLabels.entrySet()) {
      XWPFFootnote footnote = doc.getFootnoteByID(note.getKey().intValue());
      if (footnote == null) {
        continue;
      }
      out.footnote(note.getValue());
      int offset = 0;
      List<XWPFParagraph> paragraphs = new ArrayList<>(footnote.getParagraphs());
      for (XWPFParagraph p : paragraphs) {
        if (offset > 0) {
          out.space();
          offset++; // the paragraph break
        }
        offset = runs(p.getIRuns(), false, SourceMap.Unit.FOOTNOTE, note.getValue(), offset);
      }
    }
  }
}
