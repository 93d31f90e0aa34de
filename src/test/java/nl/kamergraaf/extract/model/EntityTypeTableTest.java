package nl.kamergraaf.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamergraaf.eval.Category;
import nl.kamergraaf.eval.GoldDocument;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.graph.KG;
import nl.kamergraaf.graph.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * {@code ontology/entity-types.tsv} is the one list of entity types: every layer that is not
 * computed from it (the ontology, the gazetteers, the contract query entities.rq, the gold
 * categories) has each type, and no source file lists the types or their colours by hand. The
 * layers computed from it are checked with their output: ExportTest (GEXF colours, export types),
 * PagesTest (the palette and the index), TablesLoadTest (the entities table).
 */
class EntityTypeTableTest {
  private static final Pattern VALUES_PAIR = Pattern.compile("\\(kg:(\\w+) \"(\\w+)\"\\)");

  @Test
  void everyTypeIsAClassOfTheOntology() {
    for (EntityType t : EntityType.values()) {
      assertTrue(
          Shapes.ontology().contains(KG.classOf(t), RDF.type.asNode(), OWL.Class.asNode()),
          "kg:" + t.className() + " is not an owl:Class of ontology/kamergraaf.ttl");
    }
  }

  @Test
  void everyTypeWithAGazetteerGetsItsNamesFromIt() {
    Map<EntityType, Integer> loaded = new HashMap<>();
    for (Gazetteer.Entry e : Gazetteer.load().entries()) {
      loaded.merge(e.entity().type(), 1, Integer::sum);
    }
    for (EntityType t : EntityType.values()) {
      if (t.gazetteer() == null) {
        assertEquals(0, loaded.getOrDefault(t, 0), t + " has no gazetteer but got names");
      } else {
        assertTrue(Files.exists(Path.of("data/gazetteer", t.gazetteer())), t.gazetteer());
        assertTrue(loaded.getOrDefault(t, 0) > 0, "no names of " + t + " from " + t.gazetteer());
      }
    }
  }

  @Test
  void entitiesRqListsExactlyTheListedTypes() throws IOException {
    Map<String, String> listed = new LinkedHashMap<>();
    Matcher m = VALUES_PAIR.matcher(Files.readString(Path.of("queries/entities.rq")));
    while (m.find()) {
      listed.put(m.group(1), m.group(2));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    EntityType.values().stream()
        .filter(EntityType::listed)
        .forEach(t -> expected.put(t.className(), t.className()));
    assertEquals(
        new TreeSet<>(expected.entrySet().stream().map(Object::toString).toList()),
        new TreeSet<>(listed.entrySet().stream().map(Object::toString).toList()),
        "the VALUES of queries/entities.rq and the rows with listed=yes");
  }

  @Test
  void everyScoredTypeHasItsReportRowAndGoldListAndEveryEntityRowItsType() {
    GoldDocument empty =
        new GoldDocument("x.txt", null, null, null, null, null, null, null, null, null, null);
    Set<Category> scored = new TreeSet<>();
    for (EntityType t : EntityType.values()) {
      if (t.gold() != null) {
        scored.add(Category.ofLabel(t.gold()));
        assertEquals(List.of(), empty.entities(t.gold()));
      }
    }
    assertEquals(
        Set.of(
            Category.FRACTIONS,
            Category.COUNTRIES,
            Category.PERSONS,
            Category.PROGRAMS,
            Category.ORGANIZATIONS),
        scored,
        "the entity rows of the evaluation report and the types with a gold list");
  }

  @Test
  void parseKnowsEveryClassAndSegment() {
    for (EntityType t : EntityType.values()) {
      assertEquals(t, EntityType.parse(t.className()));
      assertEquals(t, EntityType.parse(t.pathSegment()));
      assertEquals(t, EntityType.parse(t.name()));
    }
  }

  /**
   * No second list: no source file names four or more entity classes ({@code kg:Program}) or type
   * names as string literals ({@code "program"}), and no style sheet or script gives a type a
   * colour. queries/entities.rq is checked above; the mention queries name the kinds of thing a
   * question is about, a choice of that contract rather than the list of types.
   */
  @Test
  void noSourceFileListsTheTypesByHand() throws IOException {
    Set<String> exempt =
        Set.of("queries/entities.rq", "queries/question-mentions.rq", "queries/answer-mentions.rq");
    Pattern classes =
        Pattern.compile(
            "kg:("
                + EntityType.values().stream()
                    .map(EntityType::className)
                    .collect(Collectors.joining("|"))
                + ")\\b");
    Pattern literals =
        Pattern.compile(
            "\"("
                + EntityType.values().stream()
                    .map(EntityType::pathSegment)
                    .collect(Collectors.joining("|"))
                + ")\"");
    Pattern colours =
        Pattern.compile(
            "\\b("
                + EntityType.values().stream()
                    .map(EntityType::pathSegment)
                    .collect(Collectors.joining("|"))
                + ")\\b[^;\\n]{0,20}#[0-9a-fA-F]{6}");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Stream.of("src/main", "queries").flatMap(EntityTypeTableTest::walk)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String name = p.toString().replace('\\', '/');
        if (!name.matches(".*\\.(java|rq|js|css)") || exempt.contains(name)) {
          continue;
        }
        String text = Files.readString(p);
        if (distinct(classes, text) >= 4
            || name.endsWith(".java") && distinct(literals, text) >= 4) {
          found.add(name + " lists the entity types");
        }
        if (name.matches(".*\\.(js|css)") && colours.matcher(text).find()) {
          found.add(name + " gives an entity type a colour");
        }
      }
    }
    assertEquals(List.of(), found, "read them from ontology/entity-types.tsv (EntityType)");
  }

  private static Stream<Path> walk(String dir) {
    try {
      return Files.walk(Path.of(dir));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long distinct(Pattern p, String text) {
    return p.matcher(text).results().map(r -> r.group(1)).distinct().count();
  }
}
