package nl.kamergraaf.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the bundled papers say about themselves, each in its own layout of head. */
class PaperHeadsTest {
  private static MetadataExtractor metadata;

  @BeforeAll
  static void load() {
    metadata = new MetadataExtractor(new CuratedNames(Gazetteer.load()));
  }

  private static DocumentInfo read(String name) {
    Path file = Path.of("data/corpus", name);
    return metadata.extract(new DocumentReader().read(file, name));
  }

  @Test
  void anEersteKamerNotaHasItsLetterTheDossiersTitleTwoSignersAndNoMeeting() {
    DocumentInfo info = read("000_60dd4be6d4d1a68f.txt");
    assertEquals("36410-X-C", info.identifier().value());
    assertEquals(LocalDate.of(2024, 4, 12), info.date().value(), "Ontvangen 12 april 2024");
    assertEquals(
        "Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2024",
        info.title().value());
    assertEquals("org/eerste-kamer", info.chamber().value().id());
    assertNull(
        info.meeting(),
        "the NAVO-top in Vilnius is named in an answer, not as what the nota is about");
    assertEquals(
        List.of("person/kajsa-ollongren", "person/christophe-van-der-maat"),
        info.signatories().stream().map(s -> s.person().id()).toList(),
        "the minister and the state secretary sign");
    assertEquals(
        List.of("role/minister-van-defensie", "role/staatssecretaris-van-defensie"),
        info.signatories().stream().map(s -> s.role().id()).toList());
  }

  @Test
  void aVerslagTakesItsTitleFromTheLineAfterTheDossier() {
    DocumentInfo info = read("001_bba492771d7bbacc.txt");
    assertEquals("21501-28-300", info.identifier().value());
    assertEquals(
        "Defensieraad", info.title().value(), "the heading block's title, not the first sentence");
    assertEquals("org/tweede-kamer", info.chamber().value().id());
    assertEquals(LocalDate.of(2026, 3, 11), info.meeting().date());
  }

  @Test
  void aLetterWithOnlyItsNumberTakesTheDossierOfItsMeeting() {
    DocumentInfo info = read("002_13d841ed3eb9d257.txt");
    assertEquals("21501-28-264", info.identifier().value(), "Nr. 264 of the Defensieraad dossier");
    assertEquals(
        "verslag van de informele Raad Buitenlandse Zaken (RBZ) Defensie van 30–31 januari 2024 te Brussel",
        info.title().value(),
        "what the letter offers, without 'waaraan ik heb deelgenomen'");
    assertEquals(LocalDate.of(2024, 2, 6), info.date().value(), "Den Haag, 6 februari 2024");
    assertEquals("org/tweede-kamer", info.chamber().value().id());
  }

  @Test
  void aLetterheadDatesTheLetterWithTheValueUnderItsDatumLabel() {
    DocumentInfo info = read("003_b076fc73ff532d15.txt");
    assertEquals(LocalDate.of(2026, 6, 15), info.date().value(), "Datum / 15-6-2026");
    assertNull(info.identifier(), "a reference number of the ministry is no Kamerstuk");
    assertEquals(LocalDate.of(2026, 6, 18), info.meeting().date());
    assertEquals("Brussel", info.meeting().place(), "op 18 juni a.s. in Brussel");
  }

  @Test
  void aLetterThatStatesNoDateHasNone() {
    DocumentInfo info = read("004_62cc81db4921119a.txt");
    assertNull(info.date(), "the day the questions were sent in is not the letter's date");
    assertEquals("beantwoording schriftelijk overleg", info.kind().value());
    assertEquals(LocalDate.of(2025, 10, 15), info.meeting().date());
    assertEquals("Brussel", info.meeting().place(), "op 15 oktober a.s. in Brussel");
  }
}
