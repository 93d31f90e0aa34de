package nl.kamergraaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path dir;

  private final List<String> events = new ArrayList<>();
  private final CorpusListener recorder =
      new CorpusListener() {
        @Override
        public void accepted(Document document) {
          events.add("ok " + document.source());
        }

        @Override
        public void rejected(IngestException problem) {
          events.add("bad " + dir.relativize(Path.of(problem.getMessage().split(":")[0])));
        }

        @Override
        public void skipped(String source, String reason) {
          events.add("skip " + source + " (" + reason + ")");
        }
      };

  @Test
  void readsTheBundledCorpusInOrder() {
    CorpusSummary summary = new CorpusReader().read(BundledCorpus.DIR, recorder);
    assertEquals(new CorpusSummary(5, 0, 0), summary);
    assertEquals(
        List.of(
            "ok 000_60dd4be6d4d1a68f.txt",
            "ok 001_bba492771d7bbacc.txt",
            "ok 002_13d841ed3eb9d257.txt",
            "ok 003_b076fc73ff532d15.txt",
            "ok 004_62cc81db4921119a.txt"),
        events);
  }

  @Test
  void badFilesAreReportedAndTheOthersStillRead() throws IOException {
    copy("004", "004.txt");
    copy("002", "sub/002.md");
    copy("001", "sub/deeper/001.TXT");
    Files.write(dir.resolve("b-leeg.txt"), new byte[0]);
    Files.write(dir.resolve("c-latin1.md"), new byte[] {'V', 'r', 'a', 'a', 'g', (byte) 0xE9});
    Files.writeString(dir.resolve("notulen.pdf"), "%PDF-1.7");
    Files.write(dir.resolve("foto.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    Files.writeString(dir.resolve(".verborgen.txt"), "Vraag 1");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD.txt"), "ref: refs/heads/main");

    CorpusSummary summary = new CorpusReader().read(dir, recorder);

    assertEquals(
        List.of(
            "skip .git/ (hidden folder)",
            "skip .verborgen.txt (hidden file)",
            "ok 004.txt",
            "bad b-leeg.txt",
            "bad c-latin1.md",
            "skip foto.png (not a document (.txt, .md, .pdf, .docx, .doc, .html, .htm))",
            "bad notulen.pdf",
            "ok sub/002.md",
            "ok sub/deeper/001.TXT"),
        events);
    assertEquals(new CorpusSummary(3, 3, 3), summary);
  }

  @Test
  void consumerFormHandsOverDocumentsAndProblems() throws IOException {
    copy("003", "003.txt");
    Files.write(dir.resolve("kapot.txt"), new byte[] {'a', 0, 'b'});
    List<Document> documents = new ArrayList<>();
    List<IngestException> problems = new ArrayList<>();

    new CorpusReader().read(dir, documents::add, problems::add);

    assertEquals(1, documents.size());
    assertEquals("003.txt", documents.get(0).source());
    assertTrue(documents.get(0).text().contains("Zie Kamerstuk 28676-504"));
    assertEquals(1, problems.size());
    assertTrue(
        problems.get(0).getMessage().startsWith(dir.resolve("kapot.txt") + ":1:2: NUL"),
        problems.get(0).getMessage());
  }

  @Test
  void aSingleFileIsACorpusOfOne() {
    CorpusSummary summary = new CorpusReader().read(BundledCorpus.file("002"), recorder);
    assertEquals(new CorpusSummary(1, 0, 0), summary);
    assertEquals(List.of("ok 002_13d841ed3eb9d257.txt"), events);
  }

  @Test
  void aMissingFolderStopsWithAClearMessage() {
    Path missing = dir.resolve("corpus");
    IngestException e =
        assertThrows(IngestException.class, () -> new CorpusReader().read(missing, recorder));
    assertTrue(e.getMessage().startsWith(missing + ": no such folder."), e.getMessage());
  }

  private void copy(String prefix, String target) throws IOException {
    Path to = dir.resolve(target);
    Files.createDirectories(to.getParent());
    Files.copy(BundledCorpus.file(prefix), to);
  }
}
