package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The relations names state by their form, with the ids and confidences of name-relations.tsv. */
class NameRelationsTest {
  private static EntityRecognizer entities;
  private static NameRelations relations;
  private static DutchTokenizer tokenizer;

  @BeforeAll
  static void load() {
    CuratedNames names = new CuratedNames(Gazetteer.load());
    entities = new EntityRecognizer(names);
    relations = new NameRelations(names);
    tokenizer = DutchTokenizer.create();
  }

  private static List<String> found(String text) {
    return relations.find(entities.recognise(text, tokenizer.split(text)).mentions()).stream()
        .map(NameRelationsTest::show)
        .toList();
  }

  private static String show(Relation r) {
    return r.subject().id()
        + " "
        + r.predicate()
        + " "
        + r.object().id()
        + " "
        + r.provenance().rule()
        + " "
        + r.confidence();
  }

  @Test
  void aPersonNamedInAMotionsNameProposedIt() {
    List<String> found = found("De motie Diederik van Dijk vraagt de regering om meer munitie.");
    assertEquals(1, found.size(), found.toString());
    assertTrue(
        found.get(0).matches("person/\\S+ proposes program/\\S+ relation/motion-author 0.9"),
        found.toString());
  }

  @Test
  void aTreatyNamedInsideAnArticlesNameIsItsWhole() {
    assertEquals(
        List.of(
            "program/article-4-north-atlantic-treaty part-of program/north-atlantic-treaty"
                + " relation/part-of-named-whole 0.9"),
        found("Polen vroeg om consultaties onder artikel 4 van het Noord-Atlantisch Verdrag."));
  }

  @Test
  void aMissionNamedTheEusWayIsLedByTheEuOncePerPaper() {
    assertEquals(
        List.of("org/eu leads program/eutm-mali relation/eu-mission-name 0.7"),
        found("Nederland droeg bij aan EUTM Mali. Later eindigde EUTM Mali."));
  }

  @Test
  void anOrdinaryNameStatesNothing() {
    assertEquals(List.of(), found("Nederland steunt Oekraïne met munitie."));
  }
}
