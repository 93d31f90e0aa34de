package nl.kamergraaf.ingest;

import static nl.kamergraaf.ingest.NormaliserMarkdownTest.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Word conversions: documents 003 and 004 and excerpts of them. */
class NormaliserWordTest {
  private static final Document DOC = BundledCorpus.document("003");

  private final Normaliser normaliser = new Normaliser();

  @Test
  void conversionMarkersAndPageCountersAreGone() {
    for (String junk :
        List.of(
            "[image:",
            "[bookmark:",
            "[footnoteRef:",
            "[2:",
            "Pagina 1 van 22",
            "Pagina 2 van 22",
            "\t",
            "\u00A0",
            "  ",
            " \n",
            "\n ",
            "\n\n\n")) {
      assertFalse(DOC.text().contains(junk), junk);
    }
  }

  @Test
  void letterheadBecomesCleanLabelAndValueLines() {
    assertTrue(
        DOC.text()
            .startsWith(
                "Retouradres Postbus 20701 2500 ES Den Haag\n\n"
                    + "de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nBezuidenhoutseweg 67\n"
                    + "2594 AC Den Haag\n\nDatum\n15-6-2026\n\nBetreft\nBeantwoording Schriftelijk Overleg "
                    + "bijeenkomst NAVO ministers van Defensie (DMM) 18 juni 2026\n\n"),
        DOC.text());
  }

  @Test
  void questionsAndAnswersKeepTheirLines() {
    assertTrue(DOC.text().contains("\n\nVraag 1\nDe Europese defensie-uitgaven nemen sterk toe."));
    assertTrue(DOC.text().contains("\n\nAntwoord vraag 1\nBondgenoten zijn het erover eens"));
    assertTrue(
        DOC.text().contains("\n2022: 50,62%; 2,32 mld. euro\n2023: 59,70%; 5,45 mld. euro\n"));
  }

  @Test
  void footnoteBodiesMoveOutOfTheRunningText() {
    List<Footnote> notes = DOC.footnotes();
    assertEquals(
        IntStream.rangeClosed(2, 13).mapToObj(Integer::toString).toList(),
        notes.stream().map(Footnote::label).toList());
    Footnote two = notes.get(0);
    assertEquals("Zie Kamerstuk 28676-504", two.body().of(DOC.text()));
    Span answer = line(DOC, "Zoals reeds met uw Kamer is gedeeld");
    assertTrue(answer.of(DOC.text()).endsWith("zijn niet in de berekening meegenomen."));
    assertEquals(answer.end(), two.marker().start());
    assertEquals(
        "https://www.nato.int/en/about-us/official-texts-and-resources/official-texts/"
            + "2024/07/10/nato-policy-on-women-peace-and-security-2024",
        notes.get(1).body().of(DOC.text()));
    // Two bodies on one line ("[4:  …]  [5:  …]") become two footnotes, markers in order.
    assertTrue(
        DOC.text()
            .substring(0, notes.get(2).marker().start())
            .endsWith("‘Stand van Defensie najaar 2025’"));
    assertTrue(
        DOC.text()
            .substring(0, notes.get(3).marker().start())
            .endsWith("NATO Defence Capability Review."));
    assertEquals(
        "De Seed-regeling is een initiatief van de Nederlandse overheid dat gericht is op "
            + "het ondersteunen van innovatieve start-ups.",
        notes.get(8).body().of(DOC.text()));
  }

  @Test
  void footnoteBodiesFollowTheTextOnePerLine() {
    String text = DOC.text();
    int bodies = text.indexOf("Zie verder het antwoord op de vragen 15 en 33.\n\n");
    assertTrue(bodies > 0);
    String[] lines = text.substring(bodies).split("\n");
    assertEquals(2 + 12, lines.length);
    assertEquals("Zie Kamerstuk 28676-504", lines[2]);
    assertEquals("Kamerstuk 28676-560", lines[13]);
    Footnote last = DOC.footnotes().get(11);
    assertEquals(text.length(), last.body().end());
    assertEquals(
        bodies + "Zie verder het antwoord op de vragen 15 en 33.".length(), DOC.runningTextEnd());
  }

  @Test
  void markerBetweenWordsLeavesTheWordsJoined() {
    Document doc = BundledCorpus.document("004");
    assertTrue(doc.text().contains("whole-of-government, en all-hazard-aanpak werken we"));
    Footnote note = doc.footnotes().get(0);
    assertEquals("2", note.label());
    assertTrue(doc.text().substring(0, note.marker().start()).endsWith("en all-hazard"));
    assertTrue(note.body().of(doc.text()).startsWith("Zowel moedwillige (security) als"));
  }

  @Test
  void bodyWithoutASeenReferenceStaysText() {
    Document doc =
        normaliser.normalise(
            "excerpt.txt",
            "Zie de tabel [2: onderaan] en de bijlage.[footnoteRef:3] [3:  Kamerstuk 28676-560] ");
    assertEquals("Zie de tabel [2: onderaan] en de bijlage.\n\nKamerstuk 28676-560", doc.text());
    assertEquals(1, doc.footnotes().size());
    assertEquals(new Span(41, 41), doc.footnotes().get(0).marker());
  }

  @Test
  void crlfAndNoBreakSpacesAreNormalised() {
    Document doc =
        normaliser.normalise(
            "excerpt.txt",
            "Vraag 1 \r\nKan de minister\u00A0aangeven\t\twelke  drie capaciteiten?\r\n\r\n\r\n\r\n"
                + "Antwoord vraag 1\r\n");
    assertEquals(
        "Vraag 1\nKan de minister aangeven welke drie capaciteiten?\n\nAntwoord vraag 1",
        doc.text());
    int space = doc.text().indexOf("minister ") + "minister".length();
    // The no-break space was replaced, so its space is synthetic: it maps to a point.
    assertEquals(new Span(25, 25), doc.originalSpan(new Span(space, space + 1)));
    assertEquals('\u00A0', doc.original().charAt(25));
  }
}
