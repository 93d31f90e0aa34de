package nl.kamergraaf.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching only the windows of {@link QuantityWindows} gives what matching whole sentences gives,
 * for the quantity and the period rules, on every case of cases.tsv and every sentence of the
 * bundled corpus; a rule or lexicon entry that reaches further than {@link QuantityWindows#REACH}
 * or {@link QuantityWindows#PERIOD_REACH} fails here.
 */
class QuantityWindowsTest {
  private static DutchTokenizer tokenizer;
  private static QuantityLexicon lexicon;
  private static QuantityRules rules;
  private static QuantityWindows windows;
  private static QuantityRules periodRules;
  private static QuantityWindows periodWindows;

  @BeforeAll
  static void load() {
    tokenizer = DutchTokenizer.create();
    lexicon = QuantityLexicon.load();
    rules = QuantityRules.load(QuantityRules.QUANTITIES, lexicon);
    windows = QuantityWindows.forQuantities(lexicon, new QuantityNumbers(lexicon));
    periodRules = QuantityRules.load(QuantityRules.PERIODS, lexicon);
    periodWindows = QuantityWindows.forPeriods(new QuantityNumbers(lexicon));
  }

  @Test
  void everyCaseMatchesTheSameInItsWindows() throws IOException {
    int matched = 0;
    for (QuantityCasesTest.Case c : QuantityCasesTest.cases()) {
      matched += sameInWindows(c.text(), "cases.tsv:" + c.line());
    }
    assertTrue(matched > 40, "matches in cases.tsv: " + matched);
  }

  @Test
  void theBundledCorpusMatchesTheSameInItsWindows() throws IOException {
    int matched = 0;
    try (Stream<Path> files = Files.list(Path.of("data/corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        matched += sameInWindows(Files.readString(file), file.getFileName().toString());
      }
    }
    assertTrue(matched > 40, "matches in data/corpus: " + matched);
  }

  @Test
  void aSentenceWithoutCurrencyPercentOrFractionHasNoWindow() {
    assertEquals(List.of(), windowsOf("In 2024 kwamen er 40.000 militairen en drie schepen bij."));
    assertEquals(1, windowsOf("Het kost 5 euro.").size());
  }

  @Test
  void numbersCloseTogetherShareOneWindow() {
    String far = "Er is 5 euro " + "en nog meer woorden ".repeat(6) + "en 7 procent.";
    assertEquals(2, windowsOf(far).size(), windowsOf(far).toString());
    assertEquals(
        List.of(new QuantityWindows.Window(0, 7)), windowsOf("Tussen 1 en 2 miljard euro."));
  }

  @Test
  void periodsAreLookedForNearYearsAndTheWordJaar() {
    List<CoreLabel> tokens =
        tokenizer
            .sentences(
                "Dit kost "
                    + "heel veel geld ".repeat(4)
                    + "in 2025 en "
                    + "nog meer ".repeat(5)
                    + "dit jaar.")
            .get(0)
            .get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(
        List.of(new QuantityWindows.Window(10, 21), new QuantityWindows.Window(23, 30)),
        periodWindows.of(tokens));
  }

  private static List<QuantityWindows.Window> windowsOf(String text) {
    return windows.of(tokenizer.sentences(text).get(0).get(CoreAnnotations.TokensAnnotation.class));
  }

  /** Checks every sentence of {@code text}; returns how many matches the sentences had. */
  private static int sameInWindows(String text, String where) {
    return sameInWindows(text, where, rules, windows, "REACH")
        + sameInWindows(text, where, periodRules, periodWindows, "PERIOD_REACH");
  }

  private static int sameInWindows(
      String text, String where, QuantityRules rules, QuantityWindows windows, String reach) {
    int matched = 0;
    for (CoreMap sentence : tokenizer.sentences(text)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<RuleMatch> whole = rules.match(sentence);
      List<QuantityWindows.Window> near = windows.of(tokens);
      for (RuleMatch m : whole) {
        assertTrue(
            near.stream().anyMatch(w -> inside(m, w, tokens)),
            where
                + ": '"
                + m.span().of(text)
                + "' ("
                + m.rule()
                + ") reaches outside the windows "
                + near
                + "; raise QuantityWindows."
                + reach
                + " or add its words to the anchors");
      }
      assertEquals(whole, rules.match(sentence, near), where + ": " + sentence);
      matched += whole.size();
    }
    return matched;
  }

  private static boolean inside(RuleMatch m, QuantityWindows.Window w, List<CoreLabel> tokens) {
    List<CoreLabel> in = new ArrayList<>(tokens.subList(w.begin(), w.end()));
    return in.get(0).beginPosition() <= m.span().start()
        && m.span().end() <= in.get(in.size() - 1).endPosition();
  }
}
