package nl.kamergraaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every part of the normalised text of the bundled documents leads back to the original. */
class NormalisedOffsetsTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  // What joining a word split at a line end takes out: the hyphen and the line break.
  private static final Pattern SPLIT = Pattern.compile("-\\s+");

  static Stream<Path> documents() {
    return BundledCorpus.files().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyCharThatIsNotASpaceIsACopyOfItsOriginal(Path file) {
    Document doc = new DocumentReader().read(file);
    String text = doc.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n') {
        assertEquals(c, doc.original().charAt(doc.offsets().toOriginal(i)), "char " + i);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyWordMapsBackToItself(Path file) {
    Document doc = new DocumentReader().read(file);
    List<String> joined = new ArrayList<>();
    Matcher m = WORD.matcher(doc.text());
    int words = 0;
    while (m.find()) {
      words++;
      String original = doc.originalSpan(new Span(m.start(), m.end())).of(doc.original());
      if (!original.equals(m.group())) {
        assertEquals(m.group(), SPLIT.matcher(original).replaceAll(""), "word at " + m.start());
        joined.add(m.group());
      }
    }
    assertTrue(words > 1000, "words: " + words);
    List<String> expected =
        file.getFileName().toString().startsWith("002")
            ? List.of(
                "samenwerking",
                "Assistance",
                "munitiebehoefte",
                "artilleriemunitie",
                "granaten",
                "Investeringsprogramma",
                "productiecapaciteit",
                "inkoopproject",
                "diplomatiek",
                "conceptaanpak",
                "aangekondigd",
                "teruggetrokken",
                "veiligheidssamenwerking",
                "vergemakkelijken",
                "groeiverwachting")
            : List.of();
    assertEquals(expected, joined);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void footnoteBodiesAndEmphasisMapBack(Path file) {
    Document doc = new DocumentReader().read(file);
    for (Footnote note : doc.footnotes()) {
      assertEquals(
          note.body().of(doc.text()),
          doc.originalSpan(note.body()).of(doc.original()).replaceAll("\\s+", " "));
      assertTrue(note.marker().end() <= note.body().start());
    }
    Span previous = new Span(0, 0);
    for (Span e : doc.emphasis()) {
      assertTrue(e.start() >= previous.end() && e.end() <= doc.text().length(), e.toString());
      String emphasised = e.of(doc.text());
      assertEquals(emphasised.strip(), emphasised);
      previous = e;
    }
  }
}
