package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "de Commissie" is the Europese Commissie only in a paper that names it or the EU in full. */
class ShortFormsTest {
  private static EntityRecognizer names;
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void load() {
    names = new EntityRecognizer(Gazetteer.load());
    tokenizer = DutchTokenizer.create();
  }

  private static List<String> shortForms(String text) {
    return names.recognise(text, tokenizer.split(text)).mentions().stream()
        .filter(m -> m.provenance().rule().equals("entity/short-form"))
        .map(m -> m.entity().id() + " " + m.provenance().quote())
        .toList();
  }

  @Test
  void aShortFormNamesTheEntityThePaperNamesInFull() {
    assertEquals(
        List.of("org/europese-commissie Commissie"),
        shortForms(
            "De Europese Commissie presenteerde het EDIP. Volgens de Commissie is dat nodig."));
    assertEquals(
        List.of("org/europese-commissie Commissie"),
        shortForms("De EU investeert meer. De Commissie stelt voor het budget te verhogen."));
  }

  @Test
  void withoutTheFullNameOrInLowerCaseItNamesNothing() {
    assertEquals(List.of(), shortForms("Volgens de Commissie is dat nodig."), "no EU named");
    assertEquals(
        List.of(),
        shortForms("De EU investeert meer. De voorzitter van de commissie tekent."),
        "a parliamentary committee");
    assertEquals(
        List.of(),
        shortForms("De EU investeert meer. Het Commissievoorstel is besproken."),
        "part of a longer word");
  }
}
