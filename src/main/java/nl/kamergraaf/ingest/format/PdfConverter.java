package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Converts a PDF with Apache PDFBox: lines with their positions and fonts ({@link
 * PdfLineCollector}), page furniture dropped ({@link PdfFurniture}), footnotes set apart ({@link
 * PdfFootnotes}) and lines joined into paragraphs with split words rejoined and bold fonts kept as
 * bold ({@link PdfParagraphs}). Offsets in the {@code SourceMap} count in the page's text: its
 * lines as PDFBox reads them, joined by line breaks.
 *
 * <p>A PDF that needs a password to open is refused; one that only restricts copying is read (the
 * restriction is advice to viewers, and the papers are public). A PDF without any text is reported
 * as a probable scan.
 */
final class PdfConverter {
  // Parsed objects beyond this spill to a temporary file instead of the heap.
  private static final long MAX_MAIN_MEMORY = 64L * 1024 * 1024;

  private PdfConverter() {}

  static ConvertedText convert(Path file) throws IOException {
    try (PDDocument doc =
        Loader.loadPDF(
            file.toFile(), "", MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache)) {
      List<List<PdfLine>> pages = PdfLineCollector.lines(doc);
      return convert(pages);
    } catch (InvalidPasswordException e) {
      throw new BadFileException(
          "the PDF is password-protected. Open it with the password, "
              + "save a copy without one (e.g. qpdf --decrypt), and run again.",
          e);
    }
  }

  static ConvertedText convert(List<List<PdfLine>> pages) {
    List<PdfLine> all = new ArrayList<>();
    pages.forEach(all::addAll);
    if (all.stream().allMatch(PdfLine::isBlank)) {
      throw new BadFileException(
          "the PDF has no text layer ("
              + pages.size()
              + " page"
              + (pages.size() == 1 ? "" : "s")
              + " without any text; probably a scan). Run text "
              + "recognition on it first (e.g. ocrmypdf), and run again on the result.");
    }
    Set<PdfLine> furniture = PdfFurniture.find(pages);
    List<PdfLine> text = all.stream().filter(l -> !furniture.contains(l) && !l.isBlank()).toList();
    PdfMetrics metrics = PdfMetrics.of(text);
    PdfFootnotes.Split split = PdfFootnotes.split(pages, furniture, metrics.bodySize());
    ConvertedTextWriter out = new ConvertedTextWriter();
    PdfParagraphs paragraphs = new PdfParagraphs(out, metrics, new PdfWords(pages));
    paragraphs.learnHyphenation(split.body());
    paragraphs.body(split.body());
    for (PdfFootnotes.Note note : split.notes()) {
      paragraphs.footnote(note.label(), note.lines(), note.labelGlyphs());
    }
    return out.finish();
  }
}
