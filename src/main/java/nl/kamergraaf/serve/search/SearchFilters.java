package nl.kamergraaf.serve.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * What a search is narrowed to: questions of one fractie (and their answers), papers of one kind,
 * papers dated within a range, and which kinds of hit; null or empty means no restriction.
 */
public record SearchFilters(
    Node fractie, Node kind, LocalDate from, LocalDate to, Set<Found> found) {
  public static final SearchFilters NONE = new SearchFilters(null, null, null, null, Set.of());

  public SearchFilters {
    found = found.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(found));
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the date range is empty: from " + from + " is after to " + to);
    }
  }

  /** The FILTERs for the search query; terms are written by Jena's formatter, never pasted. */
  String sparql() {
    StringBuilder f = new StringBuilder();
    if (fractie != null) {
      f.append("FILTER(?fractie = ").append(FmtUtils.stringForNode(fractie)).append(")\n");
    }
    if (kind != null) {
      f.append("FILTER(?kind = ").append(FmtUtils.stringForNode(kind)).append(")\n");
    }
    // Dates compare as ISO text, whatever their datatype; a paper without a date is out.
    if (from != null) {
      f.append("FILTER(BOUND(?date) && STR(?date) >= \"").append(from).append("\")\n");
    }
    if (to != null) {
      f.append("FILTER(BOUND(?date) && STR(?date) <= \"").append(to).append("\")\n");
    }
    return f.toString();
  }
}
