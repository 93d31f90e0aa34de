package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.ingest.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An acronym defined in a text never renames an entity of the curated tables: a long form the
 * tables do not give for that acronym names an entity of its own, and the acronym elsewhere in the
 * text still names the curated one; a gloss in brackets ("EU (eventueel inclusief het VK)") is no
 * definition at all. A definition that agrees with the tables (or spells a curated name the finder
 * cut short, or took words before) changes nothing.
 */
class CuratedNamesTest {
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  @Test
  void aLongFormTheTablesDoNotGiveNamesSomethingElse() {
    CollectedFacts f =
        extract(
            "De Commissie Defensie Aanschaffingen (CDA) besprak het plan. "
                + "De leden van de CDA-fractie hebben daarover vragen gesteld.");

    for (Mention m : f.mentions) {
      if (m.entity().id().equals("fractie/cda")) {
        assertFalse(
            names(m.entity()).contains("Commissie Defensie Aanschaffingen"),
            "the CDA fractie was renamed: " + names(m.entity()));
      }
    }
    Mention longForm =
        f.mentions.stream()
            .filter(m -> m.provenance().quote().equals("Commissie Defensie Aanschaffingen"))
            .findFirst()
            .orElseThrow();
    assertTrue(!longForm.entity().id().equals("fractie/cda"), longForm.entity().id());
    assertEquals("Commissie Defensie Aanschaffingen", longForm.entity().label());
    assertTrue(
        f.mentions.stream().anyMatch(m -> m.entity().id().equals("fractie/cda")),
        "the CDA-fractie is still the curated one");
  }

  @Test
  void aDefinitionThatAgreesWithTheTablesNamesTheCuratedEntity() {
    CollectedFacts f =
        extract(
            "De Noord-Atlantische Verdragsorganisatie (NAVO) komt bijeen. "
                + "De Europese Defensie Technologische en Industriële Basis (EDTIB) wordt versterkt.");

    assertTrue(f.mentioned("org/navo", "NAVO"), ids(f));
    assertTrue(f.mentioned("org/edtib", "EDTIB"), ids(f));
    // The letters spell EDTIB already in "en Industriële Basis"; that is not a name of it.
    assertFalse(
        f.mentions.stream().anyMatch(m -> names(m.entity()).contains("en Industriële Basis")),
        ids(f));
  }

  @Test
  void aLongFormThatTookWordsBeforeTheCuratedNameNamesTheCuratedEntity() {
    CollectedFacts f =
        extract(
            "Nederland levert een bijdrage aan de International "
                + "Counterterrorism Academy (AILCT) in Ivoorkust.");

    assertTrue(f.mentioned("org/ailct", "International Counterterrorism Academy"), ids(f));
    assertTrue(f.mentioned("org/ailct", "AILCT"), ids(f));
    assertFalse(
        f.mentions.stream()
            .anyMatch(m -> names(m.entity()).stream().anyMatch(n -> n.startsWith("aan de"))),
        ids(f));
  }

  @Test
  void aGlossInBracketsAfterACuratedAcronymIsNoName() {
    CollectedFacts f = extract("De lidstaten van de EU (eventueel inclusief het VK) overleggen.");

    assertTrue(f.mentioned("org/eu", "EU"), ids(f));
    assertFalse(
        f.mentions.stream()
            .anyMatch(m -> names(m.entity()).stream().anyMatch(n -> n.startsWith("eventueel"))),
        ids(f));
  }

  private static List<String> names(Entity e) {
    List<String> all = new ArrayList<>(e.altLabels());
    all.add(e.label());
    return all;
  }

  private static String ids(CollectedFacts f) {
    return f.mentions.stream()
        .map(m -> m.entity().id() + "=" + m.provenance().quote())
        .toList()
        .toString();
  }

  private static CollectedFacts extract(String text) {
    return CollectedFacts.of(extractor, Document.plain("excerpt.txt", text));
  }
}
