package nl.kamergraaf.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.SourceMap;
import nl.kamergraaf.ingest.Span;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF layout on a three-page paper made with PDFBox: running header and page numbers go, words
 * split at line ends are joined as the document writes them, a paragraph continues over a page
 * break, bold lines are emphasised, and the source map leads back to page and offset.
 */
class PdfLayoutTest {
  private static final List<List<String>> PAGES =
      List.of(
          List.of(
              "Kamerstuk 36 410 X, vergaderjaar 2024-2025",
              "",
              "**Vraag 1",
              "De leden van de VVD-fractie vragen hoeveel de Nederlandse samen-",
              "werking met Duitsland op het gebied van de geintegreerde luchtverdedi-",
              "ging in het jaar 2024 heeft gekost en in hoeverre de Nederlandse defensie-",
              "industrie daarvan profiteert.",
              "",
              "**Antwoord",
              "De samenwerking met Duitsland kostte in 2024 ongeveer 12 miljoen euro. Dit",
              "bedrag komt uit het Defensiematerieelbegrotingsfonds en omvat opleidingen,",
              "gezamenlijke oefeningen en de aanschaf van onderdelen voor de Patriot-",
              "systemen van beide landen. Over de verdere opbouw van deze inspanningen",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "1"),
          List.of(
              "Kamerstuk 36 410 X, vergaderjaar 2024-2025",
              "",
              "wordt de Kamer voor de zomer van 2025 nader geinformeerd.",
              "",
              "**Vraag 2",
              "Welke rol speelt de NAVO bij de opbouw van de luchtverdediging met Patriot-raketten?",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "Pagina 2 van 3"),
          List.of(
              "Kamerstuk 36 410 X, vergaderjaar 2024-2025",
              "",
              "**Antwoord",
              "De NAVO stelt de capaciteitsdoelen vast.",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              "3"));

  @TempDir Path dir;

  private Document read() throws IOException {
    Path file = dir.resolve("kamerstuk.pdf");
    try (PDDocument doc = TestFiles.pdf(PAGES)) {
      doc.save(file.toFile());
    }
    return new DocumentReader().read(file);
  }

  @Test
  void furnitureGoesSplitWordsAreJoinedAndParagraphsCrossPages() throws IOException {
    Document doc = read();
    assertEquals(
        String.join(
            "\n\n",
            "Vraag 1",
            "De leden van de VVD-fractie vragen hoeveel de Nederlandse samenwerking met Duitsland "
                + "op het gebied van de geintegreerde luchtverdediging in het jaar 2024 heeft gekost "
                + "en in hoeverre de Nederlandse defensie-industrie daarvan profiteert.",
            "Antwoord",
            "De samenwerking met Duitsland kostte in 2024 ongeveer 12 miljoen euro. Dit bedrag komt "
                + "uit het Defensiematerieelbegrotingsfonds en omvat opleidingen, gezamenlijke "
                + "oefeningen en de aanschaf van onderdelen voor de Patriot-systemen van beide landen. "
                + "Over de verdere opbouw van deze inspanningen wordt de Kamer voor de zomer van 2025 "
                + "nader geinformeerd.",
            "Vraag 2",
            "Welke rol speelt de NAVO bij de opbouw van de luchtverdediging met Patriot-raketten?",
            "Antwoord",
            "De NAVO stelt de capaciteitsdoelen vast."),
        doc.text());
    assertFalse(doc.original().contains("Kamerstuk 36 410"), doc.original());
  }

  @Test
  void boldLinesAreEmphasised() throws IOException {
    Document doc = read();
    int vraag = doc.text().indexOf("Vraag 2");
    assertTrue(doc.isEmphasised(new Span(vraag, vraag + "Vraag 2".length())));
    int text = doc.text().indexOf("Welke rol");
    assertFalse(doc.isEmphasised(new Span(text, text + 5)));
  }

  @Test
  void theSourceMapLeadsToPageAndOffset() throws IOException {
    Document doc = read();
    // Page 2's text as PDFBox reads it: its lines, blank ones left out, joined by line breaks.
    String page2 =
        String.join(
            "\n",
            PAGES.get(1).stream().filter(l -> !l.isEmpty()).map(l -> l.replace("**", "")).toList());
    int inText = doc.text().indexOf("wordt de Kamer");
    int inOriginal = doc.originalSpan(new Span(inText, inText + 5)).start();
    SourceMap.Location at = doc.sourceMap().locate(inOriginal).orElseThrow();
    assertEquals(SourceMap.Unit.PAGE, at.unit());
    assertEquals("2", at.number());
    assertEquals(page2.indexOf("wordt de Kamer"), at.offset());

    int split = doc.text().indexOf("luchtverdediging in");
    SourceMap.Location second =
        doc.sourceMap()
            .locate(doc.originalSpan(new Span(split + "luchtverdedi".length(), split + 14)).start())
            .orElseThrow();
    String page1 =
        String.join(
            "\n",
            PAGES.get(0).stream().filter(l -> !l.isEmpty()).map(l -> l.replace("**", "")).toList());
    assertEquals(page1.indexOf("ging in het jaar"), second.offset(), "after the joined split");
  }
}
