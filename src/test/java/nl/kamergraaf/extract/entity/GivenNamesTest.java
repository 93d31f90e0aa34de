package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Persons the tables lack, named by a known given name and a surname on the same line. */
class GivenNamesTest {
  private static EntityRecognizer names;
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void load() {
    names = new EntityRecognizer(Gazetteer.load());
    tokenizer = DutchTokenizer.create();
  }

  private static List<String> given(String text) {
    return names.recognise(text, tokenizer.split(text)).mentions().stream()
        .filter(m -> m.provenance().rule().equals("person/given-name"))
        .map(m -> m.provenance().quote() + " " + m.entity().id())
        .toList();
  }

  @Test
  void aGivenNameAndASurnameNameAPerson() {
    assertEquals(
        List.of("Robin Brooks person/brooks"),
        given("Analisten zoals Robin Brooks van The Brookings Institution wijzen erop dat."));
    assertEquals(
        List.of("Lars Bakker person/bakker"),
        given("De onderzoeker Lars Bakker sprak in de commissie."));
  }

  @Test
  void notAcrossLinesNorForNamesOfOtherThings() {
    assertEquals(
        List.of(),
        given("Adjunct-griffier van de commissie, Coco Martin\n\nVragen en opmerkingen"),
        "'Martin' ends its line");
    assertEquals(List.of(), given("Nederland steunt het Marshall Plan."), "no given name");
  }
}
