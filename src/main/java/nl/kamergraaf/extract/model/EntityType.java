package nl.kamergraaf.extract.model;

import java.util.Locale;

/** The kinds of named thing kamergraaf recognises; the names are the ontology's class names. */
public enum EntityType {
  PERSON("Person", "person"),
  FRACTION("Fraction", "fractie"),
  COUNTRY("Country", "country"),
  ORGANIZATION("Organization", "org"),
  PROGRAM("Program", "program"),
  ROLE("Role", "role"),
  MEETING("Meeting", "meeting");

  private final String className;
  private final String pathSegment;

  EntityType(String className, String pathSegment) {
    this.className = className;
    this.pathSegment = pathSegment;
  }

  /** Local name of the ontology class, e.g. {@code Program}. */
  public String className() {
    return className;
  }

  /** IRI path segment for entities of this type, e.g. {@code program}. */
  public String pathSegment() {
    return pathSegment;
  }

  /** Parses a type as written in gazetteer files ({@code program}, {@code Program}, …). */
  public static EntityType parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (EntityType t : values()) {
      if (t.className.toLowerCase(Locale.ROOT).equals(n) || t.pathSegment.equals(n)
          || t.name().toLowerCase(Locale.ROOT).equals(n)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + name + "'");
  }
}
