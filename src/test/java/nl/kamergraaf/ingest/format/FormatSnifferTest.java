package nl.kamergraaf.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats are told by content: the name does not matter. */
class FormatSnifferTest {
  @TempDir Path dir;

  private Format sniff(String name, byte[] content) throws IOException {
    return FormatSniffer.sniff(Files.write(dir.resolve(name), content)).format();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theBundledFormsAreToldByContentWhateverTheirName() throws IOException {
    for (Format format : List.of(Format.PDF, Format.DOCX, Format.DOC, Format.HTML)) {
      String ext = format.name().toLowerCase(Locale.ROOT);
      Path original = FormsAgreeTest.FORMS.resolve(ext + "/004_62cc81db4921119a." + ext);
      assertEquals(format, sniff("zonder-naam", Files.readAllBytes(original)), ext);
      assertEquals(format, sniff("verkeerd.txt", Files.readAllBytes(original)), ext);
    }
  }

  @Test
  void htmlAfterByteOrderMarkCommentsAndXmlDeclaration() throws IOException {
    assertEquals(Format.HTML, sniff("a", bytes("\uFEFF  <!-- x --><!DOCTYPE HTML><p>Vraag")));
    assertEquals(Format.HTML, sniff("b", bytes("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">")));
    assertEquals(Format.HTML, sniff("c", bytes("<BODY><p>Vraag 1</p></BODY>")));
  }

  @Test
  void textStaysText() throws IOException {
    assertEquals(Format.TEXT, sniff("a.html", bytes("Vraag 1 over <b>vet</b> en %PDF-")));
    assertEquals(Format.TEXT, sniff("b.md", bytes("**Vraag 1**\n\n<sup>1</sup> noot")));
    assertEquals(Format.TEXT, sniff("leeg.pdf", new byte[0]));
  }

  @Test
  void pdfHeaderAfterJunkAndUnsupportedKinds() throws IOException {
    assertEquals(Format.PDF, sniff("x", bytes("\r\n\u0000junk%PDF-1.4\n")));
    FormatSniffer.Sniffed rtf =
        FormatSniffer.sniff(Files.write(dir.resolve("r.doc"), bytes("{\\rtf1\\ansi}")));
    assertNull(rtf.format());
    assertTrue(rtf.unsupported().contains("RTF"), rtf.unsupported());
  }
}
