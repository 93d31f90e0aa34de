package nl.kamergraaf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final Path TEMPLATES = Path.of("data/corpus");

  @TempDir Path a;
  @TempDir Path b;

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherOnes() throws IOException {
    List<Path> first = new SyntheticCorpus(TEMPLATES, 7).write(a, 6);
    List<Path> second = new SyntheticCorpus(TEMPLATES, 7).write(b, 6);
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
      assertEquals(Files.readString(first.get(i)), Files.readString(second.get(i)));
    }
    List<Path> other = new SyntheticCorpus(TEMPLATES, 8).write(b, 6);
    assertNotEquals(Files.readString(first.get(0)), Files.readString(other.get(0)));
  }

  @Test
  void everyDocumentIsMarkedSyntheticInItsNameAndFirstLine() throws IOException {
    for (Path p : new SyntheticCorpus(TEMPLATES, 1).write(a, 7)) {
      assertTrue(p.getFileName().toString().startsWith(SyntheticCorpus.PREFIX), p.toString());
      String first = Files.readString(p).lines().findFirst().orElseThrow();
      assertTrue(
          first.startsWith(SyntheticDocument.MARK) && first.contains("geen echt Kamerstuk"), first);
    }
  }

  @Test
  void aSmallerCorpusIsThePrefixOfALargerOne() throws IOException {
    List<Path> small = new SyntheticCorpus(TEMPLATES, 3).write(a, 3);
    List<Path> large = new SyntheticCorpus(TEMPLATES, 3).write(b, 12);
    for (int i = 0; i < small.size(); i++) {
      assertEquals(Files.readString(small.get(i)), Files.readString(large.get(i)));
    }
  }

  @Test
  void questionsAreShuffledAndRenumberedAndAmountsVaried() throws IOException {
    Path template = TEMPLATES.resolve("004_62cc81db4921119a.txt");
    String original = Files.readString(template);
    String made = new SyntheticCorpus(TEMPLATES, 42).document(4, template);
    assertNotEquals(firstQuestion(original), firstQuestion(made), "question order");
    assertEquals(
        count(original, "(?m)^Vraag \\d+"), count(made, "(?m)^Vraag \\d+"), "no question lost");
    Matcher numbers = Pattern.compile("(?m)^Vraag (\\d+)").matcher(made);
    for (int expected = 1; numbers.find(); expected++) {
      assertEquals(expected, Integer.parseInt(numbers.group(1)), "numbered in their new order");
    }
    assertTrue(
        made.contains("kenmerk 28676-") && !made.contains("kenmerk 28676-552/"),
        "identifier varied");
  }

  @Test
  void aFolderWithRealDocumentsIsRefused() throws IOException {
    Files.writeString(a.resolve("real.txt"), "Een echt document.");
    IOException e =
        assertThrows(IOException.class, () -> new SyntheticCorpus(TEMPLATES, 1).write(a, 2));
    assertTrue(e.getMessage().contains("real.txt"), e.getMessage());
    assertTrue(Files.exists(a.resolve("real.txt")), "left alone");
  }

  private static String firstQuestion(String text) {
    Matcher m = Pattern.compile("(?m)^Vraag \\d+\\s*\\n(.*)").matcher(text);
    return m.find() ? m.group(1) : "";
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }
}
