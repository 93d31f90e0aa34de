package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The English names of data/gazetteer/english-names.tsv and the JDK's countries. */
class EnglishNamesTest {
  private static final EnglishNames NAMES = EnglishNames.defaults();

  @Test
  void everyRowNamesAnEntityOfTheCuratedTables() {
    Set<String> curated =
        Gazetteer.load().entries().stream().map(e -> e.entity().id()).collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    for (String id : NAMES.listed()) {
      if (!curated.contains(id)) {
        unknown.add(id);
      }
    }
    assertEquals(List.of(), unknown, "english-names.tsv names entities the tables lack");
    assertTrue(NAMES.listed().size() > 200, "rows: " + NAMES.listed().size());
  }

  @Test
  void everyCuratedCountryHasItsEnglishNameFromTheJdk() {
    List<String> without = new ArrayList<>();
    for (Gazetteer.Entry entry : Gazetteer.load().entries()) {
      Entity e = entry.entity();
      if (e.type() == EntityType.COUNTRY && NAMES.of(e) == null) {
        without.add(e.id());
      }
    }
    assertEquals(List.of(), without);
    assertEquals(
        "Netherlands", NAMES.of(new Entity(EntityType.COUNTRY, "nl", "Nederland")).label());
    assertEquals("Ukraine", NAMES.of(new Entity(EntityType.COUNTRY, "ua", "Oekraïne")).label());
    assertTrue(
        NAMES
            .of(new Entity(EntityType.COUNTRY, "us", "Verenigde Staten"))
            .aliases()
            .contains("United States of America"),
        "variants from the table");
  }

  @Test
  void labelsAreTaggedEnglishBesideTheUntaggedDutchName() {
    Node navo = NodeFactory.createURI("https://w3id.org/kamergraaf/id/org/navo");
    List<Triple> labels = NAMES.labels(navo, new Entity(EntityType.ORGANIZATION, "navo", "NAVO"));
    Node nato = NodeFactory.createLiteralLang("NATO", "en");
    assertTrue(labels.contains(Triple.create(navo, SKOS.prefLabel.asNode(), nato)));
    // SKOS labels only, as for the Dutch name: skos:prefLabel is a sub-property of rdfs:label
    assertTrue(
        labels.stream().noneMatch(t -> t.getPredicate().equals(RDFS.label.asNode())),
        labels.toString());
    assertTrue(
        labels.contains(
            Triple.create(
                navo,
                SKOS.altLabel.asNode(),
                NodeFactory.createLiteralLang("North Atlantic Treaty Organization", "en"))));
    assertTrue(labels.stream().allMatch(t -> t.getObject().getLiteralLanguage().equals("en")));
    // Persons, fracties and entities the tables do not list get no English name.
    assertNull(NAMES.of(new Entity(EntityType.FRACTION, "pvv", "PVV")));
    assertNull(NAMES.of(new Entity(EntityType.PROGRAM, "nowhere", "Nergens")));
    assertEquals(List.of(), NAMES.labels(navo, new Entity(EntityType.PERSON, "x", "X")));
  }
}
