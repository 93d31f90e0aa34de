package nl.kamergraaf.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranges of one original line that markup removal cuts out, each optionally carrying the label of
 * the footnote marker that stood there.
 */
final class Removals {
  /** One cut: original {@code [start, end)}; {@code label} is non-null for a footnote marker. */
  record Cut(int start, int end, String label) {}

  private final List<Cut> cuts = new ArrayList<>();
  private boolean sorted = true;

  void add(int start, int end) {
    add(start, end, null);
  }

  void add(int start, int end, String label) {
    if (end <= start) {
      return;
    }
    if (!cuts.isEmpty() && cuts.get(cuts.size() - 1).start() > start) {
      sorted = false;
    }
    cuts.add(new Cut(start, end, label));
  }

  /** The cuts by start position (delimiters and brackets are found in separate passes). */
  List<Cut> inOrder() {
    if (!sorted) {
      cuts.sort(Comparator.comparingInt(Cut::start));
      sorted = true;
    }
    return cuts;
  }
}
