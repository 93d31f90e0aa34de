package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules data/gazetteer/README.md sets for the curated tables, checked on the files as shipped:
 * rows sorted within their section, keys unique, no name claimed by two entities (the matcher
 * silently gives it to the first), and the cross-references between the tables resolve.
 */
class GazetteerFilesTest {
  private static final List<String> FILES =
      List.of(
          "countries.tsv",
          "fractions.tsv",
          "programs.tsv",
          "organizations.tsv",
          "persons.tsv",
          "roles.tsv");
  private static final Set<String> KINDS =
      Set.of(
          "EU instrument",
          "NATO initiative",
          "fund",
          "loan",
          "mission",
          "military unit",
          "agreement",
          "plan",
          "initiative",
          "norm",
          "weapon system",
          "motion");
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*|[A-Z]{2}");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  /** A data line of one file, with the section header it stands under and its cells by column. */
  private record Line(
      String file, int number, String section, String[] cells, List<String> header) {
    String where() {
      return file + ":" + number;
    }

    /** The cell under this column: columns are found by name, so a new column moves nothing. */
    String get(String column) {
      int i = header.indexOf(column);
      assertTrue(i >= 0, file + " has no column '" + column + "'");
      return cells[i];
    }
  }

  static List<String> files() {
    return FILES;
  }

  private static List<Line> lines(String file) throws IOException {
    InputStream in = GazetteerFilesTest.class.getResourceAsStream("/gazetteer/" + file);
    assertTrue(in != null, file + " is on the classpath");
    List<Line> out = new ArrayList<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String section = "";
      List<String> header = null;
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.startsWith("# ---")) {
          section = line;
        } else if (!line.startsWith("#")) {
          if (header == null) {
            header = List.of(line.split("\t", -1));
          } else {
            out.add(new Line(file, number, section, line.split("\t", -1), header));
          }
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("files")
  void rowsAreSortedWithinTheirSectionAndKeysAreUniqueSlugs(String file) throws IOException {
    Set<String> keys = new HashSet<>();
    Line previous = null;
    for (Line l : lines(file)) {
      String key = l.cells()[0];
      assertTrue(
          KEY.matcher(key).matches(), l.where() + ": key '" + key + "' is not a lower-case slug");
      assertTrue(keys.add(key), l.where() + ": key '" + key + "' is used twice");
      if (previous != null && previous.section().equals(l.section())) {
        assertTrue(
            previous.cells()[0].compareTo(key) < 0,
            l.where()
                + ": '"
                + key
                + "' sorts before '"
                + previous.cells()[0]
                + "' in "
                + l.section());
      }
      for (String cell : l.cells()) {
        assertEquals(cell.strip(), cell, l.where() + ": cell with surrounding blanks");
        assertTrue(
            !cell.contains("||") && !cell.startsWith("|") && !cell.endsWith("|"),
            l.where() + ": empty value in '" + cell + "'");
      }
      previous = l;
    }
  }

  @Test
  void noNameIsClaimedByTwoEntities() {
    // Keyed as the matcher looks names up: one-word names and acronyms by their exact case,
    // longer names case-folded (NameIndex).
    Map<String, String> owner = new HashMap<>();
    Set<String> clashes = new TreeSet<>();
    for (Gazetteer.Entry e : Gazetteer.load().entries()) {
      for (String name : e.names()) {
        String lookup = Names.caseSensitive(name) ? Names.normalise(name) : Names.fold(name);
        String before = owner.putIfAbsent(lookup, e.entity().id());
        if (before != null && !before.equals(e.entity().id())) {
          clashes.add("'" + name + "' names " + before + " and " + e.entity().id());
        }
      }
    }
    assertEquals(Set.of(), clashes);
  }

  @Test
  void crossReferencesResolve() throws IOException {
    Set<String> roleLabels = new HashSet<>();
    for (Line l : lines("roles.tsv")) {
      roleLabels.add(l.get("label"));
    }
    Set<String> organizations = new HashSet<>();
    for (Line l : lines("organizations.tsv")) {
      organizations.add(l.get("key"));
    }
    for (Line l : lines("persons.tsv")) {
      String role = l.get("role");
      assertTrue(
          role.isEmpty() || roleLabels.contains(role),
          l.where() + ": no role labelled '" + role + "'");
    }
    for (Line l : lines("roles.tsv")) {
      String body = l.get("organization");
      // "(committee)" and "(chamber)" stand for the paper's own committee and chamber (roles.tsv
      // header)
      boolean paperOwn = body.equals("(committee)") || body.equals("(chamber)");
      assertTrue(
          body.isEmpty() || paperOwn || organizations.contains(body),
          l.where() + ": no organisation '" + body + "'");
    }
    for (Line l : lines("programs.tsv")) {
      assertTrue(
          KINDS.contains(l.get("kind")), l.where() + ": unknown kind '" + l.get("kind") + "'");
    }
  }

  @Test
  void wikidataCellsHoldQidsOrNothing() throws IOException {
    for (String file : FILES) {
      for (Line l : lines(file)) {
        if (l.header().contains("wikidata")) {
          String q = l.get("wikidata");
          assertTrue(
              q.isEmpty() || QID.matcher(q).matches(), l.where() + ": '" + q + "' is not a Q-id");
        }
      }
    }
  }

  @Test
  void everyTableLoadsIntoTheGazetteer() {
    Map<EntityType, Integer> counts = new HashMap<>();
    for (Gazetteer.Entry e : Gazetteer.load().entries()) {
      counts.merge(e.entity().type(), 1, Integer::sum);
    }
    for (EntityType t :
        List.of(
            EntityType.COUNTRY,
            EntityType.FRACTION,
            EntityType.PROGRAM,
            EntityType.ORGANIZATION,
            EntityType.PERSON,
            EntityType.ROLE)) {
      assertTrue(counts.getOrDefault(t, 0) > 0, "no " + t + " loaded");
    }
  }
}
