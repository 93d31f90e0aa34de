package nl.kamergraaf.export;

import java.time.LocalDate;
import java.util.SortedSet;

/**
 * A relation between two entities: its type (a relation such as {@code supports}, or {@code
 * asks-about} from a fractie to what its questions mention), its weight (how many statements in the
 * texts support it) and the dates of the documents those statements are in.
 */
public record GraphEdge(
    String id, String source, String target, String type, int weight, SortedSet<LocalDate> dates) {
  public LocalDate firstDate() {
    return dates.isEmpty() ? null : dates.first();
  }
}
