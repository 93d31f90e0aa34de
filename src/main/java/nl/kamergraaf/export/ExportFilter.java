package nl.kamergraaf.export;

import java.time.LocalDate;
import java.util.Set;
import nl.kamergraaf.extract.model.EntityType;

/**
 * What part of the graph to export; every part is optional.
 *
 * @param types entity types to keep, by their segment ({@code person}, {@code fractie}, … as in
 *     {@code ontology/entity-types.tsv}); empty keeps all
 * @param document one document, by its file name, its IRI's last segment, its identifier or IRI
 * @param from statements from documents dated on or after this day
 * @param to statements from documents dated on or before this day
 * @param entity the centre of a neighbourhood: an IRI or its path after {@code id/}, e.g. {@code
 *     country/nl}
 * @param hops how far from {@code entity} to go (0 is the entity alone)
 */
public record ExportFilter(
    Set<String> types, String document, LocalDate from, LocalDate to, String entity, int hops) {
  /** The entity types by their segment ({@code ontology/entity-types.tsv}). */
  public static final Set<String> TYPES = EntityType.segments();

  public ExportFilter {
    types = types == null ? Set.of() : Set.copyOf(types);
    for (String t : types) {
      if (!TYPES.contains(t)) {
        throw new ExportException("unknown entity type '" + t + "'; use one of " + TYPES);
      }
    }
    if (hops < 0) {
      throw new ExportException("hops must be 0 or more, not " + hops);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ExportException("the date range is empty: " + from + " is after " + to);
    }
  }

  /** No filter: the whole graph. */
  public static ExportFilter all() {
    return new ExportFilter(Set.of(), null, null, null, null, 1);
  }
}
