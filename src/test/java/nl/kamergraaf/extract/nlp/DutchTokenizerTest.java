package nl.kamergraaf.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.kamergraaf.ingest.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DutchTokenizerTest {
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void create() {
    tokenizer = DutchTokenizer.create();
  }

  static Stream<Path> corpus() throws IOException {
    return Files.list(Path.of("data/corpus")).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyTokenIsTheTextAtItsOffsets(Path file) throws IOException {
    String text = Files.readString(file);
    List<CoreMap> sentences = tokenizer.sentences(text);
    assertTrue(sentences.size() > 20, "sentences in " + file);
    int previousEnd = 0;
    for (CoreMap sentence : sentences) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        assertEquals(
            token.originalText(), text.substring(token.beginPosition(), token.endPosition()));
        assertTrue(token.beginPosition() >= previousEnd, "tokens in text order at " + token);
        previousEnd = token.endPosition();
        assertFalse(
            text.substring(token.beginPosition(), token.endPosition()).contains("\n"),
            "no token spans a line break: " + token);
      }
    }
  }

  @Test
  void keepsDutchAbbreviationsInsideTheSentence() {
    String text =
        "Er wordt 5 mld. euro beschikbaar gesteld, zie blz. 4 en bijv. Duitsland. Dat is 12 mln."
            + " Daarna volgt meer.";
    List<CoreMap> sentences = tokenizer.sentences(text);
    assertEquals(
        List.of(
            "Er wordt 5 mld. euro beschikbaar gesteld, zie blz. 4 en bijv. Duitsland.",
            "Dat is 12 mln.",
            "Daarna volgt meer."),
        sentences.stream().map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList());
    List<String> words =
        sentences.get(0).get(CoreAnnotations.TokensAnnotation.class).stream()
            .map(CoreLabel::word)
            .toList();
    assertTrue(words.containsAll(List.of("mld.", "blz.", "bijv.")), "glued: " + words);
  }

  @Test
  void everyLineIsASentenceOfItsOwn() {
    String text = "Vraag 4\nIn de stukken staat de 1,5%-norm\n\nAntwoord";
    assertEquals(
        List.of("Vraag 4", "In de stukken staat de 1,5%-norm", "Antwoord"),
        tokenizer.sentenceSpans(text).stream().map(s -> s.of(text)).toList());
  }

  @Test
  void givenSentenceSpansAreKeptAndOffsetsPointIntoTheWholeText() {
    String text = "Eerste zin. Tweede zin met € 1,15 miljard.";
    List<CoreMap> sentences = tokenizer.sentences(text, List.of(new Span(12, text.length())));
    assertEquals(1, sentences.size());
    List<CoreLabel> tokens = sentences.get(0).get(CoreAnnotations.TokensAnnotation.class);
    assertEquals("Tweede", tokens.get(0).word());
    assertEquals(12, tokens.get(0).beginPosition());
    CoreLabel euro = tokens.get(3);
    assertEquals("€", euro.word());
    assertEquals("€", text.substring(euro.beginPosition(), euro.endPosition()));
  }

  @Test
  void keepsSymbolsAndHyphenatedWordsAsWritten() {
    List<String> words =
        tokenizer.tokens("De NAVO-norm: €21,6 miljard, 3,5% en “quotes” – 2027–2029.").stream()
            .map(CoreLabel::word)
            .toList();
    assertEquals(
        List.of(
            "De",
            "NAVO-norm",
            ":",
            "€",
            "21,6",
            "miljard",
            ",",
            "3,5",
            "%",
            "en",
            "“",
            "quotes",
            "”",
            "–",
            "2027",
            "–",
            "2029",
            "."),
        words);
  }
}
