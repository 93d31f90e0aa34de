package nl.kamergraaf.eval;

import java.util.Locale;

/**
 * One error: a gold item the system missed, or a system item the gold does not have.
 *
 * @param doc the source document
 * @param item the item as the gold file or the query result gives it, readable
 */
public record Finding(Category category, String doc, Kind kind, String item) {

  /** Which side the unmatched item is on. */
  public enum Kind {
    /** In the gold, not found in the system's output: a false negative. */
    MISSED,
    /** In the system's output, not in the gold: a false positive. */
    SPURIOUS;

    /** Lower-case name for reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
