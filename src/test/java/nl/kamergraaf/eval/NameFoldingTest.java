package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Name folding on names from the gold files. */
class NameFoldingTest {

  @Test
  void accentsAndCaseDisappear() {
    assertEquals("oekraine", NameFolding.fold("Oekraïne"));
    assertEquals("kroatie", NameFolding.fold("KROATIË"));
    assertEquals(
        "nationaal coordinator terrorismebestrijding en veiligheid",
        NameFolding.fold("Nationaal Coördinator Terrorismebestrijding en Veiligheid"));
  }

  @Test
  void apostrophesDashesAndSpacesAreUnified() {
    assertEquals("f-35's", NameFolding.fold("F\u201135\u2019s"));
    assertEquals(NameFolding.fold("F-35's"), NameFolding.fold("F\u201135\u2019s"));
    assertEquals(
        "eu military assistance mission",
        NameFolding.fold("  EU\u00a0Military \n Assistance   Mission "));
  }

  @Test
  void punctuationAroundTheNameGoesButPercentStays() {
    assertEquals("dronemuur", NameFolding.fold("\u2018dronemuur\u2019"));
    assertEquals("drone wall", NameFolding.fold("\u201cdrone wall\u201d,"));
    assertEquals("1,5%-norm", NameFolding.fold("1,5%-norm"));
    assertEquals("5%", NameFolding.fold("(5%)"));
    assertNotEquals(NameFolding.fold("NAVO"), NameFolding.fold("NAVO-top"));
  }

  @Test
  void nullStaysNullAndFoldAllDropsEmptyNames() {
    assertNull(NameFolding.fold(null));
    assertEquals(
        Set.of("navo", "nato"), NameFolding.foldAll(List.of("NAVO", "NATO", "  ", "nato")));
  }
}
