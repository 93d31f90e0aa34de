package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import nl.kamergraaf.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code build} over a folder of bad files beside good ones: the good ones are built (a table of
 * 20,000 tokens without punctuation among them), the bad ones listed in a summary at the end, and
 * the exit status says documents were rejected.
 */
@Tag("slow") // builds of the corpus with bad documents
class BadInputBuildTest {
  @TempDir Path tmp;

  @Test
  void badFilesAreSummarisedAtTheEndAndTheRestIsBuilt() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(Path.of("data/corpus/002_13d841ed3eb9d257.txt"), input.resolve("002.txt"));
    Files.writeString(
        input.resolve("nfd.txt"),
        Normalizer.normalize(
            "Ministerie van Defensie\n\nDe minister over één F-35.\n", Normalizer.Form.NFD));
    Files.writeString(
        input.resolve("table.txt"),
        "Tabel 1\n\n" + "12 345 F-35 Nederland 2025 ".repeat(4000) + "\n");
    Files.write(input.resolve("nul.txt"), new byte[] {'a', 0, 'b'});
    try (RandomAccessFile huge = new RandomAccessFile(input.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(200L << 20);
    }
    Files.writeString(input.resolve("big-enough.txt"), "Vraag 1\n" + "tekst ".repeat(200_000));
    Path store = tmp.resolve("store");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code =
        cl.execute(
            "build",
            "--input",
            input.toString(),
            "--store",
            store.toString(),
            "--max-file-size",
            "1M");

    assertEquals(ExitCodes.DOCUMENTS_REJECTED, code, err.toString());
    assertTrue(out.toString().contains("Built 3 documents"), out.toString());
    assertTrue(
        err.toString()
            .contains("warning: " + input.resolve("nfd.txt") + ": the text is decomposed"),
        err.toString());
    List<String> lines = err.toString().lines().toList();
    int summary = lines.indexOf("3 document(s) rejected, 3 built:");
    assertTrue(summary >= 0, err.toString());
    assertEquals(
        List.of(
            "  "
                + input.resolve("big-enough.txt")
                + ": the file is too large (1200008 bytes, more "
                + "than the maximum of 1048576 bytes from byte offset 1048576 on); it was not read. "
                + "Split it into smaller documents, or raise --max-file-size.",
            "  "
                + input.resolve("huge.txt")
                + ": the file is too large (209715200 bytes, more than "
                + "the maximum of 1048576 bytes from byte offset 1048576 on); it was not read. Split "
                + "it into smaller documents, or raise --max-file-size.",
            "  "
                + input.resolve("nul.txt")
                + ":1:2: NUL byte at byte offset 1: this is not a UTF-8 "
                + "text file. Remove it from the corpus, or convert it to plain UTF-8 text (e.g. with "
                + "pdftotext) and run again."),
        lines.subList(summary + 1, lines.size()));
  }

  @Test
  void maxFileSizeMustBeASize() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    int code =
        cl.execute(
            "build",
            "--input",
            "data/corpus",
            "--store",
            tmp.toString(),
            "--max-file-size",
            "veel");
    assertEquals(ExitCodes.USAGE, code);
    assertTrue(err.toString().contains("'veel' is not a size"), err.toString());
  }
}
