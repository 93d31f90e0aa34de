package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.kamergraaf.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The texts shown on document pages are kept in memory up to a bound, the least recently shown
 * going first, and a file larger than the build's --max-file-size is not read; on bundled papers.
 */
class DocumentTextsTest {
  private static final List<String> PAPERS =
      List.of("000_60dd4be6d4d1a68f.txt", "002_13d841ed3eb9d257.txt", "004_62cc81db4921119a.txt");

  @TempDir static Path folder;

  @BeforeAll
  static void copyPapers() throws IOException {
    for (String name : PAPERS) {
      Files.copy(Path.of("data/corpus", name), folder.resolve(name));
    }
  }

  @Test
  void theTextsInMemoryStayWithinTheBoundAndTheOldestGoFirst() throws IOException {
    long two = length(PAPERS.get(0)) + length(PAPERS.get(1));
    DocumentTexts texts =
        new DocumentTexts(folder, null, DocumentReader.DEFAULT_MAX_FILE_SIZE, two);

    for (String name : PAPERS) {
      assertEquals(Optional.of(original(name)), texts.original(name), name);
      assertTrue(texts.charsInMemory() <= two, texts.charsInMemory() + " > " + two);
    }
    // The first paper went when the third came; it is read again, whole.
    assertEquals(length(PAPERS.get(1)) + length(PAPERS.get(2)), texts.charsInMemory());
    assertEquals(Optional.of(original(PAPERS.get(0))), texts.original(PAPERS.get(0)));
  }

  @Test
  void aTextLargerThanTheBoundIsShownButNotKept() throws IOException {
    String name = PAPERS.get(0);
    DocumentTexts texts =
        new DocumentTexts(folder, null, DocumentReader.DEFAULT_MAX_FILE_SIZE, length(name) - 1);

    assertEquals(Optional.of(original(name)), texts.original(name));
    assertEquals(0, texts.charsInMemory());
  }

  @Test
  void aFileLargerThanTheMaximumSizeIsNotRead() throws IOException {
    String large = PAPERS.get(0);
    String small = PAPERS.get(1);
    long between = (Files.size(folder.resolve(large)) + Files.size(folder.resolve(small))) / 2;
    assertTrue(
        Files.size(folder.resolve(small)) < between && between < Files.size(folder.resolve(large)));
    DocumentTexts texts =
        new DocumentTexts(folder, null, between, DocumentTexts.DEFAULT_CACHED_CHARS);

    assertEquals(Optional.empty(), texts.original(large));
    assertEquals(Optional.of(original(small)), texts.original(small));
  }

  @Test
  void keptTextsAreBoundedAlike() throws IOException {
    long one = length(PAPERS.get(2));
    DocumentTexts texts =
        new DocumentTexts(
            null, name -> Optional.of(original(name)), DocumentReader.DEFAULT_MAX_FILE_SIZE, one);

    texts.original(PAPERS.get(1));
    texts.original(PAPERS.get(2));

    assertEquals(one, texts.charsInMemory());
  }

  private static String original(String name) {
    return new DocumentReader().read(folder.resolve(name), name).original();
  }

  private static long length(String name) {
    return original(name).length();
  }
}
