package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A motion named after its members names each of them as a person (excerpts of paper 000). */
class MotionAuthorsTest {
  private static EntityRecognizer names;
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void load() {
    names = new EntityRecognizer(Gazetteer.load());
    tokenizer = DutchTokenizer.create();
  }

  private static List<String> authors(String text) {
    return names.recognise(text, tokenizer.split(text)).mentions().stream()
        .filter(m -> m.provenance().rule().startsWith("person/motion"))
        .map(m -> m.provenance().quote() + " " + m.entity().id())
        .toList();
  }

  @Test
  void bothMembersOfAMotionWithASlashAreItsAuthors() {
    assertEquals(
        List.of("Koekkoek person/marieke-koekkoek", "Dassen person/laurens-dassen"),
        authors("in lijn met de (gewijzigde) motie Koekkoek/Dassen (21 501-20, nr. 2203)."));
  }

  @Test
  void aMotionOfOneMemberNamesOne() {
    assertEquals(
        List.of("Piri person/kati-piri"),
        authors("in lijn met de moties Piri (21 501-20, nr. 2084)."));
  }
}
