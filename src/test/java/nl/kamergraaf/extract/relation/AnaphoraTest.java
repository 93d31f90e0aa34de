package nl.kamergraaf.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * References to a programme named before: demonstratives reach any, definite nouns only their kind.
 */
class AnaphoraTest {
  private static EntityRecognizer names;
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void load() {
    names = new EntityRecognizer(Gazetteer.load());
    tokenizer = DutchTokenizer.create();
  }

  private static List<String> references(String text) {
    List<Mention> mentions = names.recognise(text, tokenizer.split(text)).mentions();
    return Anaphora.references(text, mentions).stream()
        .map(m -> m.provenance().quote() + " = " + m.entity().id())
        .toList();
  }

  @Test
  void aDefiniteNounOfTheProgrammesKindReachesIt() {
    assertEquals(
        List.of("de EU-lening = program/usl"),
        references(
            "De Ukraine Support Loan (USL) is nog niet goedgekeurd. Hongarije blokkeert de EU-lening."));
    assertEquals(
        List.of("dit voorstel = program/edip"),
        references("De Commissie presenteerde het EDIP. Nederland steunt dit voorstel."));
  }

  @Test
  void farFromItsNameTheOnlyProgrammeOfTheKindIsMeant() {
    String between =
        " De Raad sprak over de situatie in de regio en over de voorbereiding van de top."
            .repeat(12);
    assertEquals(
        List.of("de EU-lening = program/usl"),
        references(
            "De Ukraine Support Loan (USL) is nog niet goedgekeurd."
                + between
                + " Hongarije blokkeert de EU-lening."));
    assertEquals(
        List.of(),
        references(
            "De USL en de Reparations Loan zijn besproken."
                + between
                + " Hongarije blokkeert de lening."),
        "two loans named: which one is meant is not said");
  }

  @Test
  void aDefiniteNounOfAnotherKindReachesNothing() {
    assertEquals(
        List.of(),
        references("De Commissie presenteerde het EDIP. Nederland steunt de lening."),
        "the EDIP is no loan");
    assertEquals(List.of(), references("Nederland steunt de missie."), "nothing named before");
  }
}
