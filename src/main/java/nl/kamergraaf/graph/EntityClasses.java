package nl.kamergraaf.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The entity types of {@code ontology/entity-types.tsv} as the graph writes them: their classes
 * {@code kg:{class}}, and the SPARQL {@code VALUES} blocks the pages and exports bind a class
 * variable with, so no query lists the types by hand.
 *
 * <pre>
 * "SELECT ?e WHERE { ?e a ?class . " + EntityClasses.values("class") + " }"
 * // VALUES ?class { kg:Fraction kg:Person … kg:Organization }
 * EntityClasses.typeOf("https://w3id.org/kamergraaf/def#Program") == EntityType.PROGRAM
 * </pre>
 */
public final class EntityClasses {
  private static final Map<String, EntityType> BY_IRI =
      EntityType.values().stream()
          .collect(
              Collectors.toMap(
                  t -> KG.classOf(t).getURI(), t -> t, (a, b) -> a, LinkedHashMap::new));

  private EntityClasses() {}

  /** {@code VALUES ?var { kg:A kg:B … }} over every type, most specific first. */
  public static String values(String var) {
    return values(var, t -> true);
  }

  /** {@code VALUES ?var { … }} over the types {@code which} keeps. */
  public static String values(String var, Predicate<EntityType> which) {
    return "VALUES ?"
        + var
        + " { "
        + types(which).stream().map(t -> "kg:" + t.className()).collect(Collectors.joining(" "))
        + " }";
  }

  /** {@code VALUES (?classVar ?segmentVar) { (kg:A "a") … }}: each class with its segment. */
  public static String valuesWithSegments(String classVar, String segmentVar) {
    return "VALUES (?"
        + classVar
        + " ?"
        + segmentVar
        + ") { "
        + EntityType.values().stream()
            .map(t -> "(kg:" + t.className() + " \"" + t.pathSegment() + "\")")
            .collect(Collectors.joining(" "))
        + " }";
  }

  /** The type whose class has this IRI, or null for any other class. */
  public static EntityType typeOf(String classIri) {
    return BY_IRI.get(classIri);
  }

  private static List<EntityType> types(Predicate<EntityType> which) {
    return EntityType.values().stream().filter(which).toList();
  }
}
