package nl.kamergraaf.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope: the bundled defence scope file, the OData filter it becomes, and the check on answers.
 */
class ScopeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDefenceScopeFileReadsAndCoversTheStandingDossiersAndWrittenQuestions() {
    List<ScopeRule> rules = ScopeFile.defence();
    List<String> ids = rules.stream().map(ScopeRule::id).toList();
    assertTrue(
        ids.containsAll(
            List.of(
                "dossier-21501-28",
                "dossier-28676",
                "dossier-27830",
                "dossier-36410-X",
                "addressed-to-minister",
                "committee-def")),
        ids.toString());
  }

  @Test
  void theFilterJoinsTheRulesWithOrAndTheRestWithAnd() {
    Scope s =
        new Scope(
            List.of(ScopeRule.dossier("21501-28"), ScopeRule.dossier("28676")),
            List.of("Brief regering"),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 30));
    assertEquals(
        "Verwijderd eq false and Datum ge 2025-01-01T00:00:00+01:00 and Datum lt "
            + "2025-07-01T00:00:00+02:00 and Soort eq 'Brief regering' and "
            + "(Kamerstukdossier/any(d:d/Nummer eq 21501 and d/Toevoeging eq '28') or "
            + "Kamerstukdossier/any(d:d/Nummer eq 28676))",
        s.filter());
    assertEquals(
        "Verwijderd eq true and Datum ge 2025-01-01T00:00:00+01:00 and Datum lt "
            + "2025-07-01T00:00:00+02:00 and Soort eq 'Brief regering'",
        s.deletedFilter());
    assertEquals(
        "Zaak/any(z:z/ZaakActor/any(a:a/Relatie eq 'Gericht aan' and a/Functie eq 'minister van Defensie''s staf'))",
        new ScopeRule("x", ScopeRule.Kind.ADDRESSED_TO, "minister van Defensie's staf")
            .filterClause(),
        "quotes doubled");
  }

  @Test
  void anAnswerOutsideTheScopeIsRecognised() throws Exception {
    Scope s =
        new Scope(
            List.of(ScopeRule.dossier("21501-28")), List.of(), LocalDate.of(2025, 1, 1), null);
    JsonNode in =
        JSON.readTree(
            """
        {"Datum": "2025-03-01T00:00:00+01:00", "Soort": "Brief regering",
         "Kamerstukdossier": [{"Nummer": 21501, "Toevoeging": "28"}]}""");
    JsonNode otherDossier =
        JSON.readTree(
            """
        {"Datum": "2025-03-01T00:00:00+01:00", "Kamerstukdossier": [{"Nummer": 21501, "Toevoeging": "20"}]}""");
    JsonNode early =
        JSON.readTree(
            """
        {"Datum": "2024-12-31T23:30:00+01:00", "Kamerstukdossier": [{"Nummer": 21501, "Toevoeging": "28"}]}""");
    JsonNode lateUtcButDutchNewYear =
        JSON.readTree(
            """
        {"Datum": "2024-12-31T23:30:00Z", "Kamerstukdossier": [{"Nummer": 21501, "Toevoeging": "28"}]}""");
    assertNull(s.outside(in));
    assertEquals("in none of the dossiers, zaken or committees asked for", s.outside(otherDossier));
    assertEquals("dated 2024-12-31, before 2025-01-01", s.outside(early));
    assertNull(
        s.outside(lateUtcButDutchNewYear),
        "23:30 UTC on 31 December is New Year's Day in Dutch time");
  }

  @Test
  void aBadScopeFileNamesTheLineAndWhatIsWrong() {
    String header = "id\tkind\tvalue\tnote\n";
    FetchException kind =
        assertThrows(
            FetchException.class,
            () ->
                ScopeFile.parse(
                    "s.tsv",
                    new BufferedReader(new StringReader(header + "x\tdossiers\t123\tnote\n"))));
    assertEquals(
        "s.tsv:2: unknown kind 'dossiers'; use dossier, addressed-to or committee",
        kind.getMessage());
    FetchException number =
        assertThrows(
            FetchException.class,
            () ->
                ScopeFile.parse(
                    "s.tsv",
                    new BufferedReader(
                        new StringReader("# c\n" + header + "x\tdossier\t21 501\tnote\n"))));
    assertTrue(
        number.getMessage().startsWith("s.tsv:3: '21 501' is not a dossier number"),
        number.getMessage());
    FetchException twice =
        assertThrows(
            FetchException.class,
            () ->
                ScopeFile.parse(
                    "s.tsv",
                    new BufferedReader(
                        new StringReader(header + "x\tdossier\t1\tn\nx\tdossier\t2\tn\n"))));
    assertEquals("s.tsv:3: the id x is used twice", twice.getMessage());
  }
}
