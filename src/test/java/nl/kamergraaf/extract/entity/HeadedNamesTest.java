package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names the tables lack, found by their last word; curated names and titles of papers are not. */
class HeadedNamesTest {
  private static EntityRecognizer names;
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void load() {
    names = new EntityRecognizer(Gazetteer.load());
    tokenizer = DutchTokenizer.create();
  }

  private static List<String> headed(String text) {
    return names.recognise(text, tokenizer.split(text)).mentions().stream()
        .filter(m -> m.provenance().rule().equals("entity/headed-name"))
        .map(
            m ->
                m.provenance().quote()
                    + " "
                    + m.entity().type().className()
                    + "/"
                    + m.entity().kind())
        .toList();
  }

  @Test
  void aRunOfCapitalisedWordsEndingInAHeadIsAName() {
    assertEquals(
        List.of("Nordic Air Defence Initiative Program/initiative"),
        headed("Nederland neemt deel aan het Nordic Air Defence Initiative."));
    assertEquals(
        List.of("Joint Procurement Agency Organization/null"),
        headed("Het Joint Procurement Agency koopt munitie in."),
        "a sentence's first word is not part of it");
    assertEquals(
        List.of("Nordic Defence Fund Program/fund"),
        headed("Nederland stort geld in het Nordic Defence Fund."));
  }

  @Test
  void curatedNamesSingleWordsAndPaperTitlesAreNot() {
    assertEquals(
        List.of(), headed("Nederland steunt het European Sky Shield Initiative."), "curated: ESSI");
    assertEquals(
        List.of(),
        headed("Nederland neemt deel aan de Baltic Drone Coalition."),
        "it holds a curated name (Drone Coalition): the curated one wins");
    assertEquals(List.of(), headed("Het Plan is klaar."), "one word");
    assertEquals(
        List.of("Nationaal Plan Program/plan"),
        headed("Zie de Kamerbrief Update Nationaal Plan van januari."),
        "the title's words before the name");
  }
}
