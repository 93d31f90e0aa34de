package nl.kamergraaf.extract.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;

/**
 * A kind of named thing kamergraaf recognises: one row of {@code ontology/entity-types.tsv}, the
 * one list of them every layer reads (IRIs, gazetteers, pages, exports, the palette, the
 * evaluator). Adding a type is a row there plus its gazetteer; the constants below are the types
 * the extraction rules name in code.
 *
 * <pre>
 * for (EntityType t : EntityType.values()) { ... t.className() ... t.pathSegment() ... }
 * EntityType.parse("program") == EntityType.PROGRAM
 * </pre>
 */
public final class EntityType {
  /** The table on the classpath. */
  public static final String TABLE = "/ontology/entity-types.tsv";

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
  private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]*");
  private static final List<EntityType> ALL = load();

  public static final EntityType PERSON = named("Person");
  public static final EntityType FRACTION = named("Fraction");
  public static final EntityType COUNTRY = named("Country");
  public static final EntityType ORGANIZATION = named("Organization");
  public static final EntityType PROGRAM = named("Program");
  public static final EntityType ROLE = named("Role");
  public static final EntityType MEETING = named("Meeting");

  private final String className;
  private final String pathSegment;
  private final String colour;
  private final String gazetteer;
  private final boolean listed;
  private final String gold;

  private EntityType(
      String className,
      String pathSegment,
      String colour,
      String gazetteer,
      boolean listed,
      String gold) {
    this.className = className;
    this.pathSegment = pathSegment;
    this.colour = colour;
    this.gazetteer = gazetteer;
    this.listed = listed;
    this.gold = gold;
  }

  /** Every type, most specific first (a type before any type it is a subclass of). */
  public static List<EntityType> values() {
    return ALL;
  }

  /** Local name of the ontology class, e.g. {@code Program}. */
  public String className() {
    return className;
  }

  /** IRI path segment for entities of this type, e.g. {@code program}; also its name in exports. */
  public String pathSegment() {
    return pathSegment;
  }

  /** Its colour on the pages, in the graph view and in GEXF, as {@code #rrggbb}. */
  public String colour() {
    return colour;
  }

  /** The file under {@code data/gazetteer/} with its curated names, or null if it has none. */
  public String gazetteer() {
    return gazetteer;
  }

  /** Whether the contract query {@code entities.rq} and the query form's example list it. */
  public boolean listed() {
    return listed;
  }

  /** The gold annotations' list it is scored against (e.g. {@code programs}), or null. */
  public String gold() {
    return gold;
  }

  /** The constant's name, e.g. {@code ORGANIZATION}. */
  public String name() {
    return className.toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name();
  }

  /** Parses a type as written in data files ({@code program}, {@code Program}, {@code PROGRAM}). */
  public static EntityType parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (EntityType t : ALL) {
      if (t.className.toLowerCase(Locale.ROOT).equals(n) || t.pathSegment.equals(n)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown entity type '"
            + name
            + "'; the types are "
            + ALL.stream().map(EntityType::pathSegment).toList()
            + " ("
            + TABLE
            + ")");
  }

  private static EntityType named(String className) {
    for (EntityType t : ALL) {
      if (t.className.equals(className)) {
        return t;
      }
    }
    throw new ExtractException(
        TABLE + ": no row for the class " + className + ", which the extraction rules need");
  }

  private static List<EntityType> load() {
    List<EntityType> types = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TsvTable.Row row :
        TsvTable.load(TABLE)
            .require("class", "segment", "colour", "gazetteer", "listed", "gold")
            .rows()) {
      String segment = row.get("segment");
      String colour = row.get("colour").toLowerCase(Locale.ROOT);
      String listed = row.get("listed");
      if (!SEGMENT.matcher(segment).matches()
          || !COLOUR.matcher(colour).matches()
          || !(listed.equals("yes") || listed.equals("no"))) {
        throw new ExtractException(
            row.where()
                + ": a segment is a lower-case slug, a colour "
                + "#rrggbb and listed yes or no; got '"
                + segment
                + "', '"
                + colour
                + "', '"
                + listed
                + "'");
      }
      if (!seen.add(row.get("class")) || !seen.add("/" + segment)) {
        throw new ExtractException(row.where() + ": the class or segment is in the table twice");
      }
      types.add(
          new EntityType(
              row.get("class"),
              segment,
              colour,
              blankAsNull(row.get("gazetteer")),
              listed.equals("yes"),
              blankAsNull(row.get("gold"))));
    }
    return List.copyOf(types);
  }

  private static String blankAsNull(String cell) {
    return cell.isEmpty() ? null : cell;
  }

  /** The segments of all types, in table order, for messages and filters. */
  public static Set<String> segments() {
    return ALL.stream()
        .map(EntityType::pathSegment)
        .collect(
            Collectors.collectingAndThen(
                Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
  }
}
