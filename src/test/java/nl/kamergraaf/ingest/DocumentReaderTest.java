package nl.kamergraaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  private final DocumentReader reader = new DocumentReader();

  @Test
  void readsABundledDocumentUnderItsFileName() throws IOException {
    Path file = BundledCorpus.file("004");
    Document doc = reader.read(file);
    assertEquals("004_62cc81db4921119a.txt", doc.source());
    assertEquals(Files.readString(file), doc.original());
    assertTrue(doc.text().startsWith("Geachte voorzitter,\nHierbij ontvangt u de antwoorden"));
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path file = write("leeg.txt", new byte[0]);
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(e.getMessage().startsWith(file + ": the file is empty (0 bytes)"), e.getMessage());
  }

  @Test
  void invalidUtf8IsRejectedWithByteOffsetAndLineColumn() throws IOException {
    // "Defensie\nbegroting é 2024" saved as windows-1252: é is the lone byte 0xE9.
    byte[] bytes = bytes("Defensie\nbegroting ", new byte[] {(byte) 0xE9}, " 2024");
    Path file = write("cp1252.txt", bytes);
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(
        e.getMessage().startsWith(file + ":2:11: invalid UTF-8 at byte offset 19"), e.getMessage());
    assertTrue(e.getMessage().contains("0xE9"), e.getMessage());
  }

  @Test
  void invalidUtf8AfterTheFirstBufferHasItsTrueOffset() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String line = "De leden van de VVD-fractie hebben kennisgenomen van de stukken.\n"; // 65 bytes
    for (int i = 0; i < 2000; i++) {
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }
    out.write(0xFF);
    Path file = write("groot.txt", out.toByteArray());
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(
        e.getMessage().startsWith(file + ":2001:1: invalid UTF-8 at byte offset 130000"),
        e.getMessage());
  }

  @Test
  void byteOrderMarkIsSkippedAndOffsetsCountWithoutIt() throws IOException {
    Path file = write("bom.txt", bytes("", BOM, "Vraag 1\nAntwoord vraag 1"));
    Document doc = reader.read(file);
    assertEquals("Vraag 1\nAntwoord vraag 1", doc.original());
    assertEquals("Vraag 1\nAntwoord vraag 1", doc.text());
    int antwoord = doc.text().indexOf("Antwoord");
    assertEquals(8, doc.originalSpan(new Span(antwoord, antwoord + 8)).start());
  }

  @Test
  void byteOrderMarkAloneIsAnEmptyFile() throws IOException {
    Path file = write("bom-only.txt", BOM);
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
  }

  @Test
  void nulByteIsRejectedWithItsPosition() throws IOException {
    Path file = write("nul.txt", bytes("Vraag 1\nAnt", new byte[] {0}, "woord"));
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(
        e.getMessage().startsWith(file + ":2:4: NUL byte at byte offset 11"), e.getMessage());
  }

  @Test
  void utf16IsRejectedByItsByteOrderMark() throws IOException {
    byte[] utf16 = "\uFEFFVraag 1".getBytes(StandardCharsets.UTF_16LE);
    Path file = write("utf16.txt", utf16);
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
  }

  @Test
  void binaryContentIsRejected() throws IOException {
    byte[] binary = new byte[400];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 2 == 0 ? 'x' : 1 + i % 8); // valid UTF-8, half control chars
    }
    Path file = write("plaatje.txt", binary);
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(e.getMessage().contains("200 control characters"), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":1:2:"), e.getMessage());
  }

  @Test
  void aStrayControlCharacterIsNotBinary() throws IOException {
    Path file = write("bel.txt", bytes("Vraag 1 ", new byte[] {7}, "\nDe leden vragen."));
    assertEquals("Vraag 1\nDe leden vragen.", reader.read(file).text());
  }

  @Test
  void whitespaceOnlyFileIsRejected() throws IOException {
    Path file = write("spaties.txt", bytes(" \n\t\n\u00A0\n", new byte[0], ""));
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(e.getMessage().contains("only spaces and line breaks"), e.getMessage());
  }

  @Test
  void fileWithOnlyMarkupIsRejected() throws IOException {
    Path file =
        write("plaatjes.txt", bytes("Pagina 1 van 2\n\n[image: ][image: ]\n", new byte[0], ""));
    IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
    assertTrue(e.getMessage().contains("no text is left"), e.getMessage());
  }

  @Test
  void missingFileAndFolderAreRejected() {
    Path missing = dir.resolve("bestaat-niet.txt");
    IngestException e = assertThrows(IngestException.class, () -> reader.read(missing));
    assertEquals(missing + ": no such file. Check the path.", e.getMessage());
    IngestException folder = assertThrows(IngestException.class, () -> reader.read(dir));
    assertTrue(folder.getMessage().endsWith("is a folder, not a file."));
  }

  @Test
  void unreadableFileIsRejected() throws IOException {
    Path file = write("geheim.txt", "Vraag 1".getBytes(StandardCharsets.UTF_8));
    assertTrue(file.toFile().setReadable(false));
    // Root can read anything; the check is only meaningful for other users.
    if (!Files.isReadable(file)) {
      IngestException e = assertThrows(IngestException.class, () -> reader.read(file));
      assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    } else {
      assertFalse(reader.read(file).text().isEmpty());
    }
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] bytes(String before, byte[] raw, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(raw);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
