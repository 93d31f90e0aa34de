package nl.kamergraaf.export;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * An entity as a node: its IRI (the node id), name, type ({@code person}, {@code fractie}, {@code
 * country}, {@code org}, {@code program}, {@code role}, {@code meeting}) and the dates of the
 * documents it occurs in.
 */
public record GraphNode(
    String iri, String label, String type, int documents, SortedSet<LocalDate> dates) {
  /** The earliest document date, or null when no document of the node is dated. */
  public LocalDate firstDate() {
    return dates.isEmpty() ? null : dates.first();
  }
}
