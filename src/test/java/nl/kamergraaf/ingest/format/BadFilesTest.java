package nl.kamergraaf.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kamergraaf.ingest.CorpusReader;
import nl.kamergraaf.ingest.CorpusSummary;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.ingest.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile files are reported with what is wrong and skipped; they never crash a read, never
 * have entities resolved or scripts run, and never open a connection (a listening socket on this
 * machine, named in the files, must have no connection waiting afterwards).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a read that waits on a network would hang
class BadFilesTest {
  @TempDir Path dir;
  private ServerSocketChannel listener;
  private String url;

  @BeforeEach
  void listen() throws IOException {
    listener = ServerSocketChannel.open();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    listener.configureBlocking(false);
    url = "http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalAddress()).getPort() + "/";
  }

  @AfterEach
  void noConnectionWasMade() throws IOException {
    // A connect would have completed in the backlog before the read returned.
    assertNull(listener.accept(), "something connected to " + url);
    listener.close();
  }

  private IngestException rejected(Path file) {
    return assertThrows(IngestException.class, () -> new DocumentReader().read(file));
  }

  @Test
  void passwordProtectedPdf() throws IOException {
    Path file = TestFiles.encryptedPdf(dir.resolve("beveiligd.pdf"), "geheim");
    String message = rejected(file).getMessage();
    assertTrue(message.startsWith(file + ": the PDF is password-protected."), message);
  }

  @Test
  void pdfThatOnlyRestrictsCopyingIsRead() throws IOException {
    Path file = TestFiles.encryptedPdf(dir.resolve("kopieerbeveiliging.pdf"), "");
    Document doc = new DocumentReader().read(file);
    assertTrue(doc.text().contains("Hoeveel kost de F-35?"), doc.text());
  }

  @Test
  void scannedPdfHasNoTextLayer() throws IOException {
    Path file = TestFiles.scannedPdf(dir.resolve("scan.pdf"));
    String message = rejected(file).getMessage();
    assertTrue(
        message.contains("has no text layer (1 page without any text; probably a scan)"), message);
    assertTrue(message.contains("ocrmypdf"), message);
  }

  @Test
  void truncatedPdf() throws IOException {
    Path whole = TestFiles.encryptedPdf(dir.resolve("heel.pdf"), "");
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("afgebroken.pdf"), Arrays.copyOf(bytes, 300));
    String message = rejected(file).getMessage();
    assertTrue(message.startsWith(file + ": "), message);
  }

  @Test
  void zipBombDocx() throws IOException {
    Path file = dir.resolve("bom.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, String> part : TestFiles.docxParts("").entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        if (part.getKey().equals("word/document.xml")) {
          // 32 MB of one letter packs into some 32 KB: a ratio no real document has.
          zip.write(
              TestFiles.documentXml("", List.of("Vraag 1"))
                  .replace("</w:body>", "")
                  .replace("</w:document>", "")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] block = new byte[1 << 20];
          Arrays.fill(block, (byte) 'a');
          for (int i = 0; i < 32; i++) {
            zip.write(block);
          }
        } else {
          zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        }
        zip.closeEntry();
      }
    }
    assertTrue(Files.size(file) < 200_000, "the bomb is small: " + Files.size(file));
    String message = rejected(file).getMessage();
    assertTrue(message.contains("zip bomb"), message);
  }

  @Test
  void externalEntitiesInDocxAreNotResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM-4711");
    String doctype =
        "<!DOCTYPE w:document [<!ENTITY file SYSTEM \""
            + secret.toUri()
            + "\"><!ENTITY net SYSTEM \""
            + url
            + "entity\">]>";
    Path file =
        TestFiles.docx(
            dir.resolve("entiteiten.docx"),
            TestFiles.docxParts(TestFiles.documentXml(doctype, List.of("Vraag 1 &file; &net;"))));
    assertNothingOf(file, "GEHEIM-4711");
    String message = rejected(file).getMessage();
    assertTrue(message.contains("has a document type declaration (DOCTYPE)"), message);
  }

  @Test
  void externalEntitiesInDocxPackagePartsAreNotResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM-4711");
    Map<String, String> parts = TestFiles.docxParts(TestFiles.documentXml("", List.of("Vraag 1")));
    parts.put(
        "[Content_Types].xml",
        TestFiles.CONTENT_TYPES.replace(
            "<Types ",
            "<!DOCTYPE Types [<!ENTITY file SYSTEM \""
                + secret.toUri()
                + "\"><!ENTITY net SYSTEM \""
                + url
                + "types\">]><Types a=\"&file;&net;\" "));
    Path file = TestFiles.docx(dir.resolve("pakket.docx"), parts);
    assertNothingOf(file, "GEHEIM-4711");
  }

  /** Either the file is refused, or it is read without {@code secret} in its text. */
  private void assertNothingOf(Path file, String secret) {
    try {
      Document doc = new DocumentReader().read(file);
      assertFalse(doc.original().contains(secret), doc.original());
    } catch (IngestException e) {
      assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
      assertFalse(e.getMessage().contains(secret), e.getMessage());
    }
  }

  @Test
  void theSmallDocxOfTheseTestsIsReadable() throws IOException {
    // Shows the hostile .docx files above differ from a good one only in what they attack.
    Path file =
        TestFiles.docx(
            dir.resolve("klein.docx"),
            TestFiles.docxParts(
                TestFiles.documentXml("", List.of("**Vraag 1**", "Hoeveel kost de F-35?"))));
    Document doc = new DocumentReader().read(file);
    assertEquals("Vraag 1\n\nHoeveel kost de F-35?", doc.text());
    assertEquals("**Vraag 1**\n\nHoeveel kost de F-35?", doc.original());
    assertTrue(doc.isEmphasised(new Span(0, 7)));
  }

  @Test
  void scriptsInHtmlAreDroppedAndNothingIsFetched() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("pagina.html"),
            "<!DOCTYPE html><html><head>"
                + "<script src=\""
                + url
                + "head.js\"></script><link rel=stylesheet href=\""
                + url
                + "s.css\"><style>p { color: red }</style></head><body onload=\"alert('x')\">"
                + "<script>document.write('<p>Vraag 99</p>')</script><noscript>Zet scripts aan</noscript>"
                + "<p><b>Vraag 1</b></p><p>Hoeveel kost de F-35?<img src=\""
                + url
                + "foto.png\"></p>"
                + "<iframe src=\""
                + url
                + "frame\">ingebed</iframe><object data=\""
                + url
                + "x\">object</object></body></html>");
    Document doc = new DocumentReader().read(file);
    assertEquals("Vraag 1\n\nHoeveel kost de F-35?", doc.text());
  }

  @Test
  void misnamedAndUnsupportedFiles() throws IOException {
    Path notWord = Files.writeString(dir.resolve("brief.docx"), "gewone tekst");
    assertTrue(
        rejected(notWord)
            .getMessage()
            .contains("is named like a Word (.docx) file but " + "does not start like one"),
        rejected(notWord).getMessage());
    Path rtf = Files.writeString(dir.resolve("brief.doc"), "{\\rtf1\\ansi Vraag 1}");
    assertTrue(rejected(rtf).getMessage().contains("Rich Text Format (RTF)"));
    Path zip = TestFiles.docx(dir.resolve("archief.docx"), Map.of("a.txt", "Vraag 1"));
    assertTrue(rejected(zip).getMessage().contains("a ZIP archive that is not a Word document"));
    Path ole =
        Files.write(
            dir.resolve("oud.doc"),
            new byte[] {
              (byte) 0xD0,
              (byte) 0xCF,
              0x11,
              (byte) 0xE0,
              (byte) 0xA1,
              (byte) 0xB1,
              0x1A,
              (byte) 0xE1,
              0,
              0,
              0
            });
    assertTrue(rejected(ole).getMessage().startsWith(ole + ": "), rejected(ole).getMessage());
  }

  @Test
  void aCorpusWithBadFilesStillReadsTheGoodOnes() throws IOException {
    TestFiles.encryptedPdf(dir.resolve("a-beveiligd.pdf"), "geheim");
    TestFiles.scannedPdf(dir.resolve("b-scan.pdf"));
    Files.writeString(dir.resolve("c-kapot.docx"), "geen zip");
    TestFiles.docx(
        dir.resolve("d-goed.docx"),
        TestFiles.docxParts(TestFiles.documentXml("", List.of("Vraag 1"))));
    Files.writeString(dir.resolve("e-goed.txt"), "Vraag 2");
    Files.move(TestFiles.encryptedPdf(dir.resolve("f.pdf"), ""), dir.resolve("zonder-extensie"));
    List<String> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    CorpusSummary summary =
        new CorpusReader().read(dir, d -> read.add(d.source()), p -> problems.add(p.getMessage()));
    assertEquals(List.of("d-goed.docx", "e-goed.txt", "zonder-extensie"), read);
    assertEquals(3, problems.size(), problems.toString());
    assertEquals(new CorpusSummary(3, 3, 0), summary);
  }
}
