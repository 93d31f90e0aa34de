package nl.kamergraaf.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's sidecar read into an ApiRecord; a broken one is reported with its position and skipped.
 */
class ApiRecordReaderTest {
  @TempDir Path tmp;

  @Test
  void theDocumentWithItsDossierActorsAndZaak() {
    ApiRecord r =
        ApiRecordReader.parse(
            """
        {"Id": "a1", "DocumentNummer": "2025D00001", "Soort": "Brief regering", "Volgnummer": 300,
         "Datum": "2025-06-30T23:30:00Z", "GewijzigdOp": "2025-07-01T10:00:00+02:00", "ContentLength": 1234,
         "Kamerstukdossier": [{"Id": "k1", "Nummer": 21501, "Toevoeging": "28", "Titel": "Defensieraad"}],
         "DocumentActor": [{"Id": "x1", "ActorNaam": "R.P. Brekelmans", "Relatie": "Eerste ondertekenaar",
           "Persoon_Id": "p1", "Persoon": null, "Verwijderd": false},
           {"Id": "x2", "ActorNaam": "weg", "Verwijderd": true}],
         "Zaak": [{"Id": "z1", "Soort": "Schriftelijke vragen", "Document": [
           {"Id": "q1", "DocumentNummer": "2025D00000", "Soort": "Schriftelijke vragen", "Datum": "2025-06-01T00:00:00+02:00"}]}]}
        """,
            "2025D00001.json",
            "2025D00001.json");
    assertEquals("21501-28-300", r.kamerstukNumber());
    assertEquals(LocalDate.of(2025, 7, 1), r.date(), "23:30 UTC is the next day in Dutch time");
    assertEquals(1234L, r.contentLength());
    assertEquals(1, r.actors().size(), "the deleted actor is left out");
    assertEquals("p1", r.actors().get(0).person().id());
    assertEquals(
        List.of(
            new ApiRecord.ZaakDocument(
                "q1", "2025D00000", "Schriftelijke vragen", LocalDate.of(2025, 6, 1))),
        r.zaken().get(0).documents());
  }

  @Test
  void notJsonOrNotADocumentIsAnErrorWithItsPosition() {
    IngestException json =
        assertThrows(
            IngestException.class,
            () ->
                ApiRecordReader.parse(
                    "{\"Id\": \"a1\",\n  \"DocumentNummer\": ", "x.json", "data/x.json"));
    assertEquals(true, json.getMessage().startsWith("data/x.json:2:"), json.getMessage());
    IngestException shape =
        assertThrows(
            IngestException.class,
            () ->
                ApiRecordReader.parse("{\"Soort\": \"Brief regering\"}", "x.json", "data/x.json"));
    assertEquals(
        "data/x.json: not a Document of the Tweede Kamer API (it needs an \"Id\" and a "
            + "\"DocumentNummer\"). Fetch the paper again with kamergraaf fetch.",
        shape.getMessage());
  }

  @Test
  void aBrokenSidecarIsAWarningAndThePaperIsReadFromItsText() throws Exception {
    Path paper = Files.writeString(tmp.resolve("2025D00001.txt"), "Brief van de minister.\n");
    Files.writeString(tmp.resolve("2025D00001.json"), "{ broken");
    Document plain = Document.plain("2025D00001.txt", "Brief van de minister.\n");
    StringBuilder warnings = new StringBuilder();
    Document read = Sidecars.attach(paper, plain, warnings::append);
    assertEquals(plain, read);
    assertEquals(
        true,
        warnings.toString().startsWith(tmp.resolve("2025D00001.json") + ":1:"),
        warnings.toString());
    assertEquals(
        true,
        warnings.toString().endsWith("The paper is read from its text alone."),
        warnings.toString());
  }
}
