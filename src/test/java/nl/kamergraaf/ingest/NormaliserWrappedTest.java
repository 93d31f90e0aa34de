package nl.kamergraaf.ingest;

import static nl.kamergraaf.ingest.NormaliserMarkdownTest.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Text extracted from PDF, wrapped at a fixed width: document 002 and excerpts of it. */
class NormaliserWrappedTest {
  private static final Document DOC = BundledCorpus.document("002");

  private final Normaliser normaliser = new Normaliser();

  @Test
  void paragraphsBecomeOneLine() {
    Span first = line(DOC, "Hierbij bied ik u het verslag aan");
    assertEquals(
        "Hierbij bied ik u het verslag aan van de informele Raad Buitenlandse Zaken (RBZ) "
            + "Defensie van 30–31 januari 2024 te Brussel, waaraan ik heb deelgenomen.",
        first.of(DOC.text()));
    assertTrue(
        DOC.text()
            .startsWith(
                "Nr. 264 BRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
                    + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                    + "Den Haag, 6 februari 2024\n\n"));
    assertTrue(DOC.text().contains("\n\nMilitaire EU-steun aan Oekraïne\n\n"));
    String sahel =
        line(DOC, "Er werd gesproken over de ontwikkelingen in de Sahelregio").of(DOC.text());
    assertTrue(sahel.contains("hun vertrek uit ECOWAS hebben aangekondigd en dat Niger"));
    assertTrue(sahel.contains("Alle militairen zijn inmiddels teruggetrokken en er worden"));
    assertTrue(sahel.endsWith("heb gesproken over het onderzoeken van nadere samenwerking."));
  }

  @Test
  void shortLinesEndTheirParagraph() {
    assertTrue(DOC.text().endsWith("\n\nDe Minister van Defensie,\nK.H. Ollongren"));
    assertEquals(DOC.text().length(), DOC.runningTextEnd());
    // A paragraph that starts on the line after a short last line, without a blank line.
    assertTrue(DOC.text().contains("buiten Europa.\nDefensie besteedt veelal in concurrentie aan"));
  }

  @Test
  void wordsSplitAtLineEndsAreJoined() {
    String text = DOC.text();
    assertTrue(text.contains("samenwerking tussen de EU en de Oekraïense defensie-industrie."));
    assertTrue(text.contains("EUMAM (EU Military Assistance Mission), als via EU-financiering"));
    assertTrue(text.contains("De HV gaf aan dat de munitiebehoefte van Oekraïne ook na 2024"));
    assertTrue(text.contains("de productiecapaciteit van artilleriemunitie door de Europese"));
    assertTrue(text.contains("op 1 miljoen granaten zal staan"));
    assertTrue(text.contains("het Europese Defensie Investeringsprogramma (EDIP)"));
    assertTrue(text.contains("een nieuwe veiligheidssamenwerking opgezet"));
    assertTrue(text.contains("voor de Sahel landen"));
    assertTrue(text.contains("een conceptaanpak voor"));
    assertFalse(text.contains("-\n"));
    // The only hyphen before a space is the suspended one the original has inside a line.
    assertEquals(text.indexOf("veiligheids- en defensie-initiatief"), text.indexOf("- ") - 11);
    assertEquals(text.lastIndexOf("- "), text.indexOf("- "));
  }

  @Test
  void hyphenatedCompoundsKeepTheirHyphen() {
    String text = DOC.text();
    // "defensie-" + "industrie" at a line end; the document writes "defensie-industrie".
    assertTrue(text.contains("betere toegang van de defensie-industrie tot private financiering"));
    assertTrue(text.contains("sterke groeiverwachting voor de wereldwijde defensie-industrie."));
    // "inkoop-" + "project": the document also writes "inkoopproject".
    assertTrue(text.contains("via het Duits geleide inkoopproject. Daarnaast"));
  }

  @Test
  void pageFurnitureIsDroppedAndTheParagraphJoinedOverIt() {
    Document doc =
        normaliser.normalise(
            "excerpt.txt",
            String.join(
                "\n",
                "De jarenlange betrokkenheid van de internationale gemeenschap in de ",
                "Sahel heeft niet geleid tot duurzame stabiliteit. Hier moeten we lessen uit ",
                "trekken, waaronder het belang van lokaal eigenaarschap, vraag gestuurde ",
                "",
                "Tweede Kamer, vergaderjaar 2023–2024, 21 501-28, nr. 264   2",
                "",
                "missies en flexibele ondersteuning. Het kabinet is positief over de ",
                "versterkte kleinschalige en vraaggestuurde samenwerking tussen de EU ",
                "en de West Afrikaanse kuststaten op gebied van veiligheid en het ",
                "genoemde veiligheids- en defensie-initiatief, waar deze lessen het ",
                "uitgangspunt vormen. ",
                "",
                "3",
                "Pagina 3 van 4",
                "",
                "Militaire Mobiliteit ",
                ""));
    assertEquals(
        "De jarenlange betrokkenheid van de internationale gemeenschap in de Sahel heeft "
            + "niet geleid tot duurzame stabiliteit. Hier moeten we lessen uit trekken, waaronder "
            + "het belang van lokaal eigenaarschap, vraag gestuurde missies en flexibele "
            + "ondersteuning. Het kabinet is positief over de versterkte kleinschalige en "
            + "vraaggestuurde samenwerking tussen de EU en de West Afrikaanse kuststaten op gebied "
            + "van veiligheid en het genoemde veiligheids- en defensie-initiatief, waar deze lessen "
            + "het uitgangspunt vormen.\n\nMilitaire Mobiliteit",
        doc.text());
  }

  @Test
  void suspendedHyphenAndCapitalsKeepTheHyphenAtALineEnd() {
    Document doc =
        normaliser.normalise(
            "excerpt.txt",
            String.join(
                "\n",
                "Er was eensgezindheid onder de lidstaten dat de Europese Defensie ",
                "Technologische en Industriële Basis (EDTIB) moet worden versterkt en dat de veiligheids-",
                "en defensie-industrie van de EU- en NAVO-",
                "landen moet worden vergroot, met in het bijzonder de levering van F-",
                "35 onderdelen. Dit vanwege de noodzaak om de steun aan Oekraïne te kunnen ",
                "voortzetten en om de gereedheid van de krijgsmachten van de lidstaten te ",
                "vergroten in het licht van de toegenomen dreiging vanuit Rusland. "));
    assertTrue(
        doc.text()
            .contains(
                "dat de veiligheids- en defensie-industrie van de EU- en "
                    + "NAVO-landen moet worden vergroot"),
        doc.text());
    assertTrue(doc.text().contains("de levering van F-35 onderdelen."), doc.text());
    assertEquals(1, doc.text().lines().count());
  }

  @Test
  void hyphenationRulesDecideWhatTheDocumentDoesNot() {
    Hyphenation rules = new Hyphenation();
    Set<String> none = Set.of();
    assertEquals(Hyphenation.Join.WITHOUT_HYPHEN, rules.decide("samen", "werking", none, none));
    assertEquals(Hyphenation.Join.WITHOUT_HYPHEN, rules.decide("re", "actie", none, none));
    assertEquals(Hyphenation.Join.WITHOUT_HYPHEN, rules.decide("materi", "aal", none, none));
    assertEquals(Hyphenation.Join.WITH_HYPHEN, rules.decide("defensie", "uitgaven", none, none));
    assertEquals(Hyphenation.Join.WITH_HYPHEN, rules.decide("niet", "militaire", none, none));
    assertEquals(Hyphenation.Join.WITH_HYPHEN, rules.decide("NAVO", "landen", none, none));
    assertEquals(Hyphenation.Join.WITH_HYPHEN, rules.decide("Noord", "Atlantisch", none, none));
    assertEquals(Hyphenation.Join.SUSPENDED, rules.decide("bestuurs", "en", none, none));
    // What the document writes elsewhere wins over the rules.
    assertEquals(
        Hyphenation.Join.WITH_HYPHEN, rules.decide("anti", "drone", Set.of("anti-drone"), none));
    assertEquals(
        Hyphenation.Join.WITHOUT_HYPHEN,
        rules.decide("co", "ordinatie", none, Set.of("coordinatie")));
  }

  @Test
  void unwrappedDocumentsAreNotJoined() {
    Document doc = BundledCorpus.document("001");
    assertTrue(doc.text().contains("\nDe fungerend voorzitter van de commissie,\nPaternotte\n"));
    assertTrue(doc.text().contains("\n\nVraag 1\n\nVoorts vragen deze leden"));
  }
}
