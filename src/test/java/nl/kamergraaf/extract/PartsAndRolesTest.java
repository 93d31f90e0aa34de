package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kamergraaf.ingest.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names inside names and roles named apart from their holders, on excerpts of the bundled letters:
 * "artikel 4 van het Noord-Atlantisch Verdrag", "EP SEDE-voorzitter Loiseau", "de Commissaris voor
 * de Interne Markt ... Commissaris Breton", "EU-trainingsmissie EUMAM".
 */
class PartsAndRolesTest {
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  @Test
  void anArticleIsPartOfTheTreatyItNames() {
    CollectedFacts f =
        extract(
            "Als gevolg van deze schendingen is artikel 4 van het Noord-Atlantisch Verdrag twee keer "
                + "ingeroepen. Met artikel 4-consultaties geven de bondgenoten een belangrijk signaal af aan Rusland.");
    assertTrue(f.mentioned("program/north-atlantic-treaty", "Noord-Atlantisch Verdrag"));
    assertTrue(
        f.mentioned(
            "program/article-4-north-atlantic-treaty",
            "artikel 4 van het Noord-Atlantisch Verdrag"));
    assertTrue(
        f.related(
            "program/article-4-north-atlantic-treaty", "part-of", "program/north-atlantic-treaty"));
  }

  @Test
  void anArticleNoTableNamesIsMadeFromTheTreatyAfterIt() {
    CollectedFacts f =
        extract("De bondgenoten riepen artikel 3 van het Noord-Atlantisch Verdrag in.");
    assertTrue(
        f.mentioned(
            "program/article-3-north-atlantic-treaty",
            "artikel 3 van het Noord-Atlantisch Verdrag"));
    assertTrue(
        f.related(
            "program/article-3-north-atlantic-treaty", "part-of", "program/north-atlantic-treaty"));
  }

  @Test
  void aBodyGluedToARoleTitleIsNamedAndSitsInTheBodyBeforeIt() {
    CollectedFacts f =
        extract(
            "Tijdens de lunchbespreking werd in aanwezigheid van VN USG Lacroix, NAVO plv. SG van Weel "
                + "en EP SEDE-voorzitter Loiseau gesproken over de samenwerking.");
    assertTrue(f.mentioned("org/sede", "SEDE"));
    assertTrue(f.related("person/nathalie-loiseau", "holds-role", "role/sede-voorzitter"));
    assertTrue(
        f.related("role/sede-voorzitter", "post-in", "org/sede"),
        "the SEDE chair is a post in SEDE");
    assertTrue(f.related("org/sede", "part-of", "org/europees-parlement"));
  }

  @Test
  void aKnownPersonsRoleHoldsWhenTheDocumentNamesItToo() {
    String named =
        "De HV en de Commissaris voor de Interne Markt gaven daarnaast een toelichting. "
            + "Commissaris Breton gaf aan dat de productiecapaciteit van artilleriemunitie groeit.";
    assertTrue(
        extract(named)
            .related(
                "person/thierry-breton", "holds-role", "role/commissaris-voor-de-interne-markt"));
    String notNamed =
        "Commissaris Breton gaf aan dat de productiecapaciteit van artilleriemunitie groeit.";
    assertFalse(
        extract(notNamed)
            .related(
                "person/thierry-breton", "holds-role", "role/commissaris-voor-de-interne-markt"),
        "the table alone does not say he held the role when the paper was written");
  }

  @Test
  void aProgrammesNameMayNameItsLeader() {
    CollectedFacts f =
        extract(
            "Er was brede steun voor de militaire EU-steun aan Oekraïne, zowel via de EU-trainingsmissie "
                + "EUMAM (EU Military Assistance Mission), als via EU-financiering. Het kabinet zal munitie bestellen via "
                + "het Duits geleide inkoopproject.");
    assertTrue(f.related("org/eu", "leads", "program/eumam-ukraine"));
    assertTrue(f.related("country/de", "leads", "program/duits-geleid-inkoopproject"));
    assertFalse(
        f.relations.stream()
            .anyMatch(r -> r.subject().id().equals("country/de") && !r.predicate().equals("leads")),
        "a leader inside a name takes part in no other relation: " + f.relations);
  }

  @Test
  void lookingForwardToProposalsIsSupport() {
    CollectedFacts f =
        extract(
            "Ik heb aangegeven dat Nederland uitkijkt naar de voorstellen EDIS en EDIP, die een "
                + "belangrijke bijdrage zullen leveren aan het versterken van de EDTIB.");
    assertTrue(f.related("country/nl", "supports", "program/edis"));
    assertTrue(f.related("country/nl", "supports", "program/edip"));
  }

  @Test
  void aRoleWrittenNextToTheNameWinsOverTheTable() {
    CollectedFacts f =
        extract("De Minister van Defensie sprak met de Oekraïense Minister van Defensie Umerov.");
    long roles =
        f.relations.stream()
            .filter(
                r ->
                    r.subject().key().equals("rustem-umerov") && r.predicate().equals("holds-role"))
            .count();
    assertEquals(1, roles, "one role for Umerov: " + f.relations);
  }

  private static CollectedFacts extract(String text) {
    return CollectedFacts.of(extractor, Document.plain("excerpt.txt", text));
  }
}
