package nl.kamergraaf.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.Footnote;
import nl.kamergraaf.ingest.SourceMap;
import nl.kamergraaf.ingest.Span;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The source map of a converted bundled document leads from a span of the normalised text to the
 * page (PDF) or paragraph (Word) and offset where the file has that text, as the libraries
 * themselves read the file; footnotes come through as footnotes.
 */
class ConvertedProvenanceTest {
  private static final Path FORMS = FormsAgreeTest.FORMS;
  private static final String DOC_004 = "004_62cc81db4921119a";

  private static SourceMap.Location locate(Document doc, String text) {
    int at = doc.text().indexOf(text);
    assertTrue(at >= 0, text + " not in " + doc.source());
    int original = doc.originalSpan(new Span(at, at + text.length())).start();
    return doc.sourceMap().locate(original).orElseThrow();
  }

  @Test
  void pdfSpansLeadToTheirPageAndOffsetAsPdfBoxReadsThePage() throws IOException {
    Path file = FORMS.resolve("pdf/" + DOC_004 + ".pdf");
    Document doc = new DocumentReader().read(file);
    List<String> checked = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      for (String text :
          List.of(
              "Eastern Sentry is gericht op wendbaarheid",
              "NSATU",
              "Drone Capability Coalition",
              "1,5%")) {
        SourceMap.Location at = locate(doc, text);
        assertEquals(SourceMap.Unit.PAGE, at.unit());
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(Integer.parseInt(at.number()));
        stripper.setEndPage(Integer.parseInt(at.number()));
        String page = stripper.getText(pdf);
        int offset = page.offsetByCodePoints(0, at.offset());
        assertTrue(
            page.startsWith(text.substring(0, Math.min(8, text.length())), offset),
            text
                + " on page "
                + at.number()
                + " at "
                + at.offset()
                + ": "
                + page.substring(offset, Math.min(page.length(), offset + 40)));
        checked.add(text + "@" + at.number());
      }
    }
    assertEquals(4, checked.size());
  }

  @Test
  void docxSpansLeadToTheirParagraphAndOffset() throws IOException {
    Path file = FORMS.resolve("docx/" + DOC_004 + ".docx");
    Document doc = new DocumentReader().read(file);
    try (XWPFDocument word = new XWPFDocument(Files.newInputStream(file))) {
      List<XWPFParagraph> paragraphs = word.getParagraphs(); // no tables in the test data
      for (String text :
          List.of(
              "Eastern Sentry is gericht op wendbaarheid", "NSATU", "Drone Capability Coalition")) {
        SourceMap.Location at = locate(doc, text);
        assertEquals(SourceMap.Unit.PARAGRAPH, at.unit());
        String paragraph = paragraphs.get(Integer.parseInt(at.number()) - 1).getText();
        assertTrue(
            paragraph.startsWith(text, paragraph.offsetByCodePoints(0, at.offset())),
            text + " in paragraph " + at.number() + " at " + at.offset() + ": " + paragraph);
      }
    }
  }

  @Test
  void footnotesComeThroughAsFootnotesInEveryForm() throws IOException {
    Document text = new DocumentReader().read(Path.of("data/corpus/000_60dd4be6d4d1a68f.txt"));
    List<String> expected = bodies(text);
    assertEquals(4, expected.size());
    for (String form : List.of("html", "docx", "pdf")) {
      Document doc =
          new DocumentReader().read(FORMS.resolve(form + "/000_60dd4be6d4d1a68f." + form));
      assertEquals(expected, bodies(doc), form);
      for (Footnote f : doc.footnotes()) {
        String before =
            doc.text().substring(Math.max(0, f.marker().start() - 12), f.marker().start());
        assertTrue(
            f.marker().start() < doc.runningTextEnd(),
            form + ": marker " + f.label() + " in the running text, after '" + before + "'");
      }
    }
  }

  private static List<String> bodies(Document doc) {
    return doc.footnotes().stream().map(f -> f.label() + " " + f.body().of(doc.text())).toList();
  }
}
