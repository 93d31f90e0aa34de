package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-to-one pairing that every category's counts rest on. */
class OneToOneTest {

  @Test
  void aLaterGoldItemDoesNotLoseItsOnlyPartnerToAnEarlierOne() {
    // Gold "Nederland" could take either system item; gold "Nederlandse" only the second.
    // Pairing the first gold item greedily with the second system item would miss one.
    List<List<String>> gold = List.of(List.of("nederland", "nederlandse"), List.of("nederlandse"));
    List<String> system = List.of("nederlandse", "nederland");
    OneToOne.Matching<List<String>, String> m = OneToOne.match(gold, system, List::contains);
    assertEquals(2, m.pairs().size());
    assertEquals(List.of(), m.missed());
    assertEquals(List.of(), m.spurious());
  }

  @Test
  void duplicatesPairOnlyAsOftenAsTheyOccurOnBothSides() {
    OneToOne.Matching<String, String> m =
        OneToOne.match(List.of("3.5", "3.5", "5"), List.of("3.5", "2"), String::equals);
    assertEquals(List.of(new OneToOne.Pair<>("3.5", "3.5")), m.pairs());
    assertEquals(List.of("3.5", "5"), m.missed());
    assertEquals(List.of("2"), m.spurious());
  }
}
