package nl.kamergraaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown conversions: document 000 and excerpts of it. */
class NormaliserMarkdownTest {
  private static final Document DOC = BundledCorpus.document("000");

  private final Normaliser normaliser = new Normaliser();

  @Test
  void markupIsGone() {
    for (String markup : List.of("**", "*Special", "<sup>", "</sup>", "####", "---")) {
      assertFalse(DOC.text().contains(markup), markup);
    }
    assertTrue(
        DOC.text()
            .startsWith(
                "Vergaderjaar 2023-2024\n\n36 410 X Vaststelling van de "
                    + "begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2024\n\n"
                    + "C NOTA NAAR AANLEIDING VAN HET VERSLAG\nOntvangen 12 april 2024\n\n"));
  }

  @Test
  void questionParagraphsAreEmphasisedAndAnswersNot() {
    Span question = line(DOC, "De begrotingsstaten Defensie 2024 laten aan verplichtingen");
    assertTrue(question.of(DOC.text()).endsWith("minimaal de 2% NAVO-norm te halen?"));
    assertTrue(DOC.isEmphasised(question));
    Span answer = line(DOC, "Defensie is gebaat bij meerjarige financiële zekerheid.");
    assertFalse(DOC.isEmphasised(answer));
    assertFalse(DOC.isEmphasised(new Span(answer.start(), answer.start() + 8)));
  }

  @Test
  void everyAntwoordHeadingIsEmphasised() {
    int headings = 0;
    int at = 0;
    String text = DOC.text();
    while ((at = text.indexOf("\nAntwoord\n", at)) >= 0) {
      assertTrue(DOC.isEmphasised(new Span(at + 1, at + 9)), "Antwoord at " + at);
      headings++;
      at++;
    }
    // Six "**Antwoord**" lines, four "#### **Antwoord**" and one "### **Antwoord**".
    assertEquals(11, headings);
  }

  @Test
  void partlyBoldLinesAreEmphasisedOnlyWhereBold() {
    Span number = line(DOC, "36 410 X");
    assertTrue(DOC.isEmphasised(new Span(number.start(), number.start() + 8)));
    assertFalse(DOC.isEmphasised(number));
    // "**C** **NOTA NAAR AANLEIDING VAN HET VERSLAG**": two bold runs, one emphasised line.
    assertTrue(DOC.isEmphasised(line(DOC, "C NOTA NAAR AANLEIDING VAN HET VERSLAG")));
    assertTrue(
        DOC.isEmphasised(line(DOC, "Antwoord op de vragen van de leden van de BBB-fractie")));
  }

  @Test
  void italicIsUnmarkedButNotEmphasis() {
    Span question = line(DOC, "De leden van de BBB-fractie merken verder op");
    int special = DOC.text().indexOf("vermeld: Special forces, luchtverdediging");
    assertTrue(special > question.start() && special < question.end());
    // Inside a bold question the italic words are covered by the question's range, no other.
    long rangesInQuestion = DOC.emphasis().stream().filter(e -> e.overlaps(question)).count();
    assertEquals(1, rangesInQuestion);
    Span answer = line(DOC, "Gezamenlijk(e) onderzoek en capaciteitsontwikkeling");
    assertTrue(answer.of(DOC.text()).contains("binnen Permanent Structured Cooperation (PESCO)"));
    assertFalse(DOC.emphasis().stream().anyMatch(e -> e.overlaps(answer)));
  }

  @Test
  void paragraphsCutByPageBreaksAreJoined() {
    String text = DOC.text();
    assertTrue(text.contains("een krijgsmacht die gevechtsgereed en inzetbaar is."));
    assertTrue(text.contains("Het voldoen aan de Defence Investment Pledge, de afspraak"));
    // A bold question cut by a page break, with the page's footnotes in between.
    Span cut = line(DOC, "Deze leden constateren verder dat het duidelijk is geworden");
    assertTrue(cut.of(text).contains("ook een instrument zijn voor buitenlands beleid. Hoe "));
    assertTrue(DOC.isEmphasised(cut));
    // But not where the next page starts with a capital: that cannot be told from a paragraph.
    assertTrue(text.contains("Nationaal bekijkt\n\nNederland waar handhaving"));
  }

  @Test
  void hardLineBreaksStay() {
    assertTrue(
        DOC.text()
            .contains(
                "\nDe minister van Defensie\ndrs. K.H. Ollongren\n\n"
                    + "De staatssecretaris van Defensie\nmr. drs. C.A. van der Maat\n\n"));
  }

  @Test
  void supFootnotesMoveBehindTheText() {
    List<Footnote> notes = DOC.footnotes();
    assertEquals(List.of("1", "2", "3", "4"), notes.stream().map(Footnote::label).toList());
    String text = DOC.text();
    assertTrue(notes.get(0).body().of(text).startsWith("Zie ook: Kamerbrief Staat van de Oorlog"));
    assertEquals(
        "Kamerstuk 27 830, nr 424 van 24 januari 2024 waarin dit verband wordt " + "uitgelegd.",
        notes.get(3).body().of(text));
    assertEquals(text.length(), notes.get(3).body().end());
    assertTrue(text.substring(0, notes.get(0).marker().start()).endsWith("is essentieel."));
    assertTrue(
        text.substring(0, notes.get(2).marker().start())
            .endsWith("de maritieme maakindustrie (MMI)"));
    assertTrue(text.contains("van der Maat\n\nZie ook: Kamerbrief"));
    assertEquals(0, notes.get(1).marker().length());
  }

  @Test
  void delimitersPairLikeCommonMark() {
    Document doc =
        normaliser.normalise(
            "excerpt.md",
            "**C** **NOTA NAAR AANLEIDING VAN HET VERSLAG**  \n"
                + "***Antwoord op de vragen van de leden van de BBB-fractie***\n"
                + "een *nationale* of **Europese *defensie-industrie*?**\n"
                + "3 * 4 en **niet gesloten");
    assertEquals(
        "C NOTA NAAR AANLEIDING VAN HET VERSLAG\n"
            + "Antwoord op de vragen van de leden van de BBB-fractie\n"
            + "een nationale of Europese defensie-industrie?\n"
            + "3 * 4 en **niet gesloten",
        doc.text());
    List<String> emphasised = doc.emphasis().stream().map(s -> s.of(doc.text())).toList();
    assertEquals(
        List.of(
            "C NOTA NAAR AANLEIDING VAN HET VERSLAG",
            "Antwoord op de vragen van de leden van de BBB-fractie",
            "Europese defensie-industrie?"),
        emphasised);
  }

  @Test
  void headingsAreEmphasisedWithoutTheirHashes() {
    Document doc =
        normaliser.normalise(
            "excerpt.md",
            "#### Antwoord\n\nHet ministerie van Defensie heeft een werkgeversverantwoordelijkheid.");
    assertEquals(
        "Antwoord\n\nHet ministerie van Defensie heeft een " + "werkgeversverantwoordelijkheid.",
        doc.text());
    assertEquals(List.of(new Span(0, 8)), doc.emphasis());
    assertEquals(new Span(5, 13), doc.originalSpan(new Span(0, 8)));
  }

  @Test
  void supWithoutAFootnoteKeepsItsText() {
    Document doc = normaliser.normalise("excerpt.md", "een oefenterrein van 40 km<sup>2</sup>.");
    assertEquals("een oefenterrein van 40 km2.", doc.text());
    assertTrue(doc.footnotes().isEmpty());
  }

  /** The whole line of the normalised text that starts with {@code start}. */
  static Span line(Document doc, String start) {
    String text = doc.text();
    int from = text.startsWith(start) ? 0 : text.indexOf("\n" + start) + 1;
    assertTrue(from > 0 || text.startsWith(start), "no line starts with: " + start);
    int end = text.indexOf('\n', from);
    return new Span(from, end < 0 ? text.length() : end);
  }
}
