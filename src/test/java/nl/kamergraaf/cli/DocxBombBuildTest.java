package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .docx that POI's zip-bomb check lets through (it inflates about fifty times, POI stops at a
 * hundred) but whose XML no heap can hold costs only itself: a real {@code kamergraaf build} in a
 * JVM of 256 MB rejects it with the reason, builds the other document and exits with 3. Before, the
 * build ran out of memory, exited with 1 and built nothing.
 */
@Tag("slow") // a child JVM with a small heap
class DocxBombBuildTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Formatting Word writes on every run; repeated, it packs well, as real documents do. */
  private static final String RUN_PROPERTIES =
      "<w:rPr><w:rFonts w:ascii=\"Calibri\" "
          + "w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Times New Roman\"/><w:b/><w:i/>"
          + "<w:color w:val=\"1F3864\" w:themeColor=\"accent1\" w:themeShade=\"80\"/><w:sz w:val=\"22\"/>"
          + "<w:szCs w:val=\"22\"/><w:lang w:val=\"nl-NL\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
          + "</w:rPr>";

  @TempDir static Path work;
  private static Path corpus;

  @BeforeAll
  static void corpus() throws IOException {
    corpus = Files.createDirectories(work.resolve("corpus"));
    Files.copy(
        Path.of("data/corpus/002_13d841ed3eb9d257.txt"),
        corpus.resolve("002_13d841ed3eb9d257.txt"));
    Path bomb = corpus.resolve("bomb.docx");
    long inflated = writeBomb(bomb, 120L * 1024 * 1024);
    long packed = compressedSize(bomb);
    double ratio = (double) inflated / packed;
    assertTrue(ratio > 20 && ratio < 90, "ratio " + ratio + " must pass POI's check");
    assertTrue(Files.size(bomb) < 4L * 1024 * 1024, "under the default --max-file-size");
  }

  @Test
  void theBombIsRejectedAndTheRestIsBuilt() throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "nl.kamergraaf.Main",
                "build",
                "--input",
                corpus.toString(),
                "--store",
                work.resolve("store").toString(),
                "--threads",
                "1"));
    Process build = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(build.waitFor(5, TimeUnit.MINUTES), output);

    assertEquals(ExitCodes.DOCUMENTS_REJECTED, build.exitValue(), output);
    assertTrue(output.contains("bomb.docx") && output.contains("unpacks to more than"), output);
    assertTrue(output.contains("Built 1 documents"), output);
  }

  /** A document.xml of about {@code size} bytes of runs with a few random letters each. */
  private static long writeBomb(Path file, long size) throws IOException {
    Random random = new Random(11);
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
              + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension="
              + "\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
              + "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
              + "wordprocessingml.document.main+xml\"/></Types>");
      put(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
              + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id="
              + "\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      written +=
          write(
              zip,
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                  + W
                  + "\"><w:body>");
      StringBuilder paragraph = new StringBuilder();
      while (written < size) {
        paragraph.setLength(0);
        paragraph.append("<w:p><w:r>").append(RUN_PROPERTIES).append("<w:t>");
        for (int i = 0; i < 6; i++) {
          paragraph.append((char) ('a' + random.nextInt(26)));
        }
        paragraph.append("</w:t></w:r></w:p>");
        written += write(zip, paragraph.toString());
      }
      written += write(zip, "</w:body></w:document>");
      zip.closeEntry();
    }
    return written;
  }

  private static long compressedSize(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("word/document.xml").getCompressedSize();
    }
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    write(zip, content);
    zip.closeEntry();
  }

  private static int write(ZipOutputStream zip, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    zip.write(bytes);
    return bytes.length;
  }
}
