package nl.kamergraaf.serve.pages;

import java.util.stream.Collectors;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The one palette of the entity types ({@code ontology/entity-types.tsv}) as CSS: a rule {@code
 * .t-{segment} { --c: #rrggbb; }} per type, served at the end of {@code /static/kamergraaf.css}.
 * The badges, headings and marks of the pages use {@code var(--c)}, and the graph view reads the
 * same property, so a type's colour is written once.
 */
final class Palette {
  private Palette() {}

  static String css() {
    return "\n/* One colour per entity type (ontology/entity-types.tsv), used by badges, headings, the"
        + " marks in document texts and the graph view. */\n"
        + EntityType.values().stream()
            .map(t -> ".t-" + t.pathSegment() + " { --c: " + t.colour() + "; }")
            .collect(Collectors.joining("\n", "", "\n"));
  }
}
