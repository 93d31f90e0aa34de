package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kamergraaf.ingest.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relation cues on sentences of the bundled letter 002: which predicate, and which object. */
class RelationCuesTest {
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  @Test
  void aFinancialContributionFundsAndSaysNoMoreThanThat() {
    CollectedFacts f =
        extract(
            "In dat kader heb ik begin januari 2024 een bezoek gebracht aan de regio, waar ik onder "
                + "andere de Nederlandse financiële bijdrage van drie miljoen euro over een periode van drie jaar aan de "
                + "International Counterterrorism Academy (AILCT) heb aangekondigd.");
    assertTrue(f.related("country/nl", "funds", "org/ailct"), f.relations.toString());
    assertFalse(
        f.related("country/nl", "contributes-to", "org/ailct"),
        "funds is the narrower statement of the two");
  }

  @Test
  void whatComesAfterTussenTakesPartAndIsNotTheObject() {
    CollectedFacts f =
        extract(
            "Het kabinet is positief over de versterkte kleinschalige en vraaggestuurde samenwerking "
                + "tussen de EU en de West Afrikaanse kuststaten op gebied van veiligheid.");
    assertFalse(f.related("country/nl", "supports", "org/eu"), f.relations.toString());
    CollectedFacts plain = extract("Het kabinet is positief over de EU.");
    assertTrue(
        plain.related("country/nl", "supports", "org/eu"),
        "without 'tussen' the cue does reach the EU");
  }

  @Test
  void missionsNamedTheEusWayAreLedByTheEu() {
    CollectedFacts f =
        extract(
            "Er was onder de lidstaten brede steun voor het voorstel van de HV voor de EU maritieme "
                + "veiligheid operatie (EUNAVFOR ASPIDES). Het mandaat voor EUTM Mali loopt in mei dit jaar af.");
    assertTrue(f.related("org/eu", "leads", "program/eunavfor-aspides"), f.relations.toString());
    assertTrue(f.related("org/eu", "leads", "program/eutm-mali"), f.relations.toString());
    assertFalse(
        extract("Het mandaat voor de missie in Mali loopt in mei dit jaar af.").relations.stream()
            .anyMatch(r -> r.predicate().equals("leads")),
        "no EU without a mission named the EU's way");
  }

  @Test
  void aVerbAtTheEndHasItsSubjectFirstAndAnInfinitiveItsObjectRightBefore() {
    // Sentences of the bundled 001, where the nearest entity before the verb is its object.
    CollectedFacts f =
        extract(
            "In het Coalitieakkoord is vastgelegd dat Nederland Oekraïne onverminderd blijft steunen. "
                + "Om de Europese veiligheid te bevorderen en Oekraïne te steunen in zijn existentiële strijd draagt Nederland "
                + "bij aan de internationale inzet om Oekraïne in staat te stellen zich te verdedigen tegen de Russische agressie.");
    assertTrue(f.related("country/nl", "supports", "country/ua"), f.relations.toString());
    assertFalse(f.related("country/ua", "supports", "country/nl"), f.relations.toString());
    assertTrue(
        f.relations.stream().filter(r -> r.predicate().equals("supports")).count() >= 2,
        "both sentences say it: " + f.relations);
  }

  private static CollectedFacts extract(String text) {
    return CollectedFacts.of(extractor, Document.plain("excerpt.txt", text));
  }
}
