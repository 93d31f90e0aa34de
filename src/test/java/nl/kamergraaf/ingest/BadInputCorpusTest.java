package nl.kamergraaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One corpus holding every kind of bad input the issue lists, next to a good document: each bad
 * file is reported with its file, a position where there is one and the reason, and skipped;
 * repairable ones (byte order mark, decomposed text) are read; the good document is read.
 */
class BadInputCorpusTest {
  private static final String DUTCH =
      "Ministerie van Defensie\n\nDe minister beantwoordt vragen "
          + "over één programma en de Patriot-systemen.\n";

  @TempDir static Path dir;
  private static final Map<String, Document> accepted = new TreeMap<>();
  private static final Map<String, String> rejected = new TreeMap<>();
  private static final Map<String, String> skipped = new TreeMap<>();
  private static final Map<String, String> warned = new LinkedHashMap<>();
  private static CorpusSummary summary;

  @BeforeAll
  static void readCorpusOfBadFiles() throws IOException {
    Files.copy(BundledCorpus.file("004"), dir.resolve("a-good.txt"));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), binary());
    Files.write(
        dir.resolve("invalid-utf8.txt"), concat("Vraag 1\nDit is ", new byte[] {(byte) 0xC3, '('}));
    Files.write(
        dir.resolve("windows-1252.txt"),
        DUTCH.replace("één", "\u201Ceen\u201D en één").getBytes(Charset.forName("windows-1252")));
    Files.write(dir.resolve("bom.txt"), concat("\uFEFF" + DUTCH, new byte[0]));
    Files.writeString(dir.resolve("nfd.txt"), Normalizer.normalize(DUTCH, Normalizer.Form.NFD));
    Files.writeString(dir.resolve("nul.txt"), "Vraag 1\nAntwoord\0 op vraag 1\n");
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L << 20); // sparse: 200 MiB on paper, no disk blocks
    }
    Files.writeString(dir.resolve("table.txt"), "Tabel 1\n\n" + "12 345 F-35 ".repeat(7000) + "\n");
    Files.writeString(dir.resolve("notes.xyz"), DUTCH);
    Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
    Files.createSymbolicLink(dir.resolve("loop-a.txt"), dir.resolve("loop-b.txt"));
    Files.createSymbolicLink(dir.resolve("loop-b.txt"), dir.resolve("loop-a.txt"));
    Path locked = Files.writeString(dir.resolve("locked.txt"), DUTCH);
    assertTrue(locked.toFile().setReadable(false, false));

    summary =
        new CorpusReader()
            .read(
                dir,
                new CorpusListener() {
                  @Override
                  public void accepted(Document document) {
                    accepted.put(document.source(), document);
                  }

                  @Override
                  public void rejected(IngestException problem) {
                    String message = problem.getMessage();
                    rejected.put(
                        Path.of(message.substring(0, message.indexOf(".txt") + 4))
                            .getFileName()
                            .toString(),
                        message);
                  }

                  @Override
                  public void skipped(String source, String reason) {
                    skipped.put(source, reason);
                  }

                  @Override
                  public void warned(String source, String warning) {
                    warned.put(source, warning);
                  }
                });
  }

  @Test
  void theGoodDocumentIsReadBesideTheBadOnes() {
    assertTrue(accepted.get("a-good.txt").text().contains("NAVO ministers van Defensie"));
    assertEquals(summary.accepted(), accepted.size());
    assertEquals(summary.rejected(), rejected.size());
    assertEquals(summary.skipped(), skipped.size());
  }

  @Test
  void emptyFile() {
    assertEquals(
        dir.resolve("empty.txt")
            + ": the file is empty (0 bytes). Remove it from the "
            + "corpus or put the document's text in it.",
        rejected.get("empty.txt"));
  }

  @Test
  void binaryDisguisedAsText() {
    assertTrue(
        rejected.get("binary.txt").startsWith(dir.resolve("binary.txt") + ":1:1: "),
        rejected.get("binary.txt"));
    assertTrue(rejected.get("binary.txt").contains("control characters (binary content)"));
  }

  @Test
  void invalidUtf8() {
    assertTrue(
        rejected
            .get("invalid-utf8.txt")
            .startsWith(
                dir.resolve("invalid-utf8.txt")
                    + ":2:8: invalid UTF-8 at byte offset 15 (bytes 0xC3)"),
        rejected.get("invalid-utf8.txt"));
  }

  @Test
  void windows1252IsNamedWithTheCommandThatConvertsIt() {
    String message = rejected.get("windows-1252.txt");
    // The first byte that is not UTF-8: the opening quote, 0x93 in Windows-1252.
    assertTrue(
        message.startsWith(
            dir.resolve("windows-1252.txt")
                + ":3:37: invalid UTF-8 at "
                + "byte offset 61 (bytes 0x93)"),
        message);
    assertTrue(
        message.contains("looks like Windows-1252 text (there it would be '\u201C')"), message);
    assertTrue(message.contains("iconv -f windows-1252 -t utf-8"), message);
  }

  @Test
  void byteOrderMarkIsDropped() {
    Document bom = accepted.get("bom.txt");
    assertEquals("Ministerie van Defensie", bom.text().lines().findFirst().orElseThrow());
    assertFalse(bom.original().contains("\uFEFF"));
  }

  @Test
  void decomposedTextIsComposedWithAWarning() {
    Document nfd = accepted.get("nfd.txt");
    assertTrue(nfd.text().contains("één programma"), nfd.text());
    assertTrue(Normalizer.isNormalized(nfd.original(), Normalizer.Form.NFC));
    assertEquals(
        dir.resolve("nfd.txt")
            + ": the text is decomposed (Unicode NFD); read as "
            + "composed (NFC), and its offsets count the composed chars.",
        warned.get("nfd.txt"));
    assertEquals(1, warned.size(), warned.toString());
  }

  @Test
  void nulByte() {
    assertTrue(
        rejected
            .get("nul.txt")
            .startsWith(dir.resolve("nul.txt") + ":2:9: NUL byte at byte offset 16"),
        rejected.get("nul.txt"));
  }

  @Test
  void hugeFileIsRefusedByItsSize() {
    assertEquals(
        dir.resolve("huge.txt")
            + ": the file is too large (209715200 bytes, more than "
            + "the maximum of 4194304 bytes from byte offset 4194304 on); it was not read. Split it "
            + "into smaller documents, or raise --max-file-size.",
        rejected.get("huge.txt"));
  }

  @Test
  void aTableOfTwentyThousandTokensWithoutPunctuationIsRead() {
    Document table = accepted.get("table.txt");
    assertNotNull(table, rejected.toString());
    assertEquals(21_000, table.text().lines().skip(2).findFirst().orElseThrow().split(" ").length);
  }

  @Test
  void unknownExtensionIsSkipped() {
    assertEquals(
        "not a document (.txt, .md, .pdf, .docx, .doc, .html, .htm)", skipped.get("notes.xyz"));
  }

  @Test
  void symbolicLinkLoopsAreSkippedNotFollowed() {
    assertEquals("symbolic link (not followed)", skipped.get("loop.txt"));
    assertEquals("symbolic link (not followed)", skipped.get("loop-a.txt"));
    assertEquals("symbolic link (not followed)", skipped.get("loop-b.txt"));
  }

  @Test
  void aSymbolicLinkLoopGivenAsTheFileItselfIsRejected() {
    IngestException e =
        Assertions.assertThrows(
            IngestException.class, () -> new DocumentReader().read(dir.resolve("loop.txt")));
    assertTrue(e.getMessage().contains("points back to itself"), e.getMessage());
  }

  @Test
  void unreadableFile() {
    // Root reads any file; the refusal can only be seen as another user.
    if (Files.isReadable(dir.resolve("locked.txt"))) {
      assertTrue(accepted.containsKey("locked.txt"));
    } else {
      assertTrue(rejected.get("locked.txt").contains("permission denied"));
    }
  }

  @Test
  void everyRejectionNamesItsFile() {
    rejected.forEach(
        (name, message) -> assertTrue(message.startsWith(dir.resolve(name).toString()), message));
    assertEquals(
        Set.of(
            "binary.txt",
            "empty.txt",
            "huge.txt",
            "invalid-utf8.txt",
            "nul.txt",
            "windows-1252.txt"),
        rejected.keySet().stream()
            .filter(n -> !n.equals("locked.txt"))
            .collect(Collectors.toSet()));
  }

  private static byte[] binary() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (1 + (i * 7) % 0x7E); // every ASCII byte but NUL, controls included
    }
    return bytes;
  }

  private static byte[] concat(String text, byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(raw);
    return out.toByteArray();
  }
}
