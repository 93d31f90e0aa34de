package nl.kamergraaf.extract.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.ingest.api.ApiPerson;
import nl.kamergraaf.ingest.api.ApiRecord;
import org.junit.jupiter.api.Test;

/**
 * A paper's API record as facts: the fractie a member acted for on the paper's date, the kind from
 * the Soort, and the written question an answer answers with the days it took.
 */
class ApiFactsReaderTest {
  private final ApiFactsReader reader =
      new ApiFactsReader(new ApiEntities(Gazetteer.load(), TestPeople.tables()));

  private static ApiRecord record(
      String soort, String date, List<ApiRecord.Actor> actors, List<ApiRecord.Zaak> zaken) {
    return new ApiRecord(
        "d-1",
        "2025D00001",
        soort,
        "Titel",
        "Onderwerp",
        LocalDate.parse(date),
        null,
        null,
        null,
        null,
        null,
        List.of(),
        actors,
        zaken,
        "2025D00001.json",
        "{}");
  }

  private static ApiRecord.Actor asker(ApiPerson p, String function) {
    return new ApiRecord.Actor(
        "a-1",
        p.initialsName(),
        "Indiener",
        function,
        null,
        new ApiPerson(p.id(), null, null, null, null),
        null,
        null);
  }

  @Test
  void aMemberActsForTheFractieSheSatInOnThePapersDate() {
    ApiFacts in2019 =
        reader.read(
            record(
                "Schriftelijke vragen",
                "2019-05-01",
                List.of(asker(TestPeople.PIRI, "Tweede Kamerlid")),
                List.of()));
    ApiFacts in2025 =
        reader.read(
            record(
                "Schriftelijke vragen",
                "2025-05-01",
                List.of(asker(TestPeople.PIRI, "Tweede Kamerlid")),
                List.of()));
    assertEquals("pvda", in2019.actors().get(0).onBehalfOf().key());
    assertEquals(
        "groenlinks-pvda",
        in2025.actors().get(0).onBehalfOf().key(),
        "GL-PvdA is the curated GroenLinks-PvdA");
    assertEquals(
        "Kati Piri",
        in2025.actors().get(0).agent().label(),
        "the name completed from the people tables");
    assertEquals(List.of(in2025.actors().get(0).onBehalfOf()), reader.askers(in2025));
  }

  @Test
  void aFormerMemberActingAsMinisterActsForNoFractie() {
    ApiFacts f =
        reader.read(
            record(
                "Brief regering",
                "2022-01-01",
                List.of(
                    new ApiRecord.Actor(
                        "a-2",
                        "K. Piri",
                        "Eerste ondertekenaar",
                        "minister van Defensie",
                        null,
                        new ApiPerson(TestPeople.PIRI.id(), null, null, null, null),
                        null,
                        null)),
                List.of()));
    assertNull(f.actors().get(0).onBehalfOf());
    assertEquals("role/minister-van-defensie", f.actors().get(0).role().id());
  }

  @Test
  void theSoortGivesTheKindAndTheIdentifierIsTheDocumentNummerWithoutAKamerstuk() {
    ApiFacts f = reader.read(record("Brief regering", "2025-01-10", List.of(), List.of()));
    assertEquals("Brief", f.kind());
    assertEquals("2025D00001", f.identifier());
    assertEquals("Onderwerp", f.title());
    assertEquals(
        "OtherKind", reader.read(record("Stenogram", "2025-01-10", List.of(), List.of())).kind());
  }

  @Test
  void anAnswerIsLinkedToItsQuestionWithTheDaysAndWhetherThatWasLate() {
    ApiRecord.ZaakDocument question =
        new ApiRecord.ZaakDocument(
            "d-0", "2025D00000", "Schriftelijke vragen", LocalDate.of(2025, 1, 2));
    ApiRecord.ZaakDocument postponement =
        new ApiRecord.ZaakDocument(
            "d-9", "2025D00009", "Mededeling (uitstel antwoord)", LocalDate.of(2025, 1, 20));
    ApiFacts onTime =
        reader.read(
            record(
                "Antwoord schriftelijke vragen",
                "2025-01-23",
                List.of(),
                List.of(
                    new ApiRecord.Zaak("z", "2025Z1", "Schriftelijke vragen", List.of(question)))));
    assertEquals(
        new ApiFacts.Answer("z", "2025D00000", LocalDate.of(2025, 1, 2), 21, false, false),
        onTime.answers());
    ApiFacts late =
        reader.read(
            record(
                "Antwoord schriftelijke vragen",
                "2025-01-24",
                List.of(),
                List.of(
                    new ApiRecord.Zaak("z", "2025Z1", "Schriftelijke vragen", List.of(question)))));
    assertTrue(late.answers().late(), "22 days");
    ApiFacts postponed =
        reader.read(
            record(
                "Antwoord schriftelijke vragen",
                "2025-02-10",
                List.of(),
                List.of(
                    new ApiRecord.Zaak(
                        "z", "2025Z1", "Schriftelijke vragen", List.of(question, postponement)))));
    assertTrue(postponed.answers().postponed());
    assertFalse(
        postponed.answers().late(), "39 days after a postponement notice is within six weeks");
    assertNull(
        reader.read(record("Schriftelijke vragen", "2025-01-02", List.of(), List.of())).answers());
  }

  @Test
  void theApiWinsOverTheTextForIdentifierKindDateAndTitle() {
    var text = new DocumentInfo(null, null, null, null, null, null, List.of(), null);
    ApiFacts f = reader.read(record("Brief regering", "2025-01-10", List.of(), List.of()));
    assertEquals(text, f.overriding(text));
    assertEquals(LocalDate.of(2025, 1, 10), f.dateOr(text));
    assertEquals(text, ApiFacts.NONE.overriding(text));
  }
}
