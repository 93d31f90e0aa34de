package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An acronym defined for a meeting ("Defence Ministers Meeting (DMM)", 003) names no programme,
 * there or further on; one defined for an agency or a fund still does.
 */
class DefinedMeetingsTest {
  private static EntityRecognizer names;
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void load() {
    names = new EntityRecognizer(Gazetteer.load());
    tokenizer = DutchTokenizer.create();
  }

  private static List<String> named(String text) {
    return names.recognise(text, tokenizer.split(text)).mentions().stream()
        .map(Mention::provenance)
        .map(p -> p.quote())
        .toList();
  }

  @Test
  void aMeetingsAcronymNamesNothing() {
    // 003, answer 12 and question 44
    String text =
        "Zoals toegelicht in de geannoteerde agenda voor de Defence Ministers Meeting (DMM) op 18 juni "
            + "werkt de NAVO momenteel aan nieuwe militaire plannen. De leden lezen dat tijdens de DMM ook wordt "
            + "gesproken over Integrated Air and Missile Defense.";
    List<String> quotes = named(text);
    assertEquals(
        List.of(),
        quotes.stream().filter(q -> q.contains("DMM") || q.contains("Meeting")).toList(),
        quotes.toString());
  }

  @Test
  void anAgencysAcronymStillNamesIt() {
    // 001, answer 8
    String text =
        "De Europese Commissie voert, met de hulp van het Europees Uitvoerend Agentschap voor Klimaat, "
            + "Infrastructuur en Milieu (CINEA), de evaluatie en selectie van de ingediende projectvoorstellen uit. Voor "
            + "de evaluatie van de voorstellen worden de Europese Commissie en het CINEA door onafhankelijke externe "
            + "deskundigen van advies voorzien.";
    assertEquals(
        2, named(text).stream().filter(q -> q.equals("CINEA")).count(), named(text).toString());
  }
}
