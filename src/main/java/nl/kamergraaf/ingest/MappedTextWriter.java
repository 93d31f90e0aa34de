package nl.kamergraaf.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the normalised text and, char for char, its {@link OffsetMap}: copied runs become {@code
 * copy} pieces, replaced and added chars become {@code insert} pieces. Also gathers the emphasised
 * ranges of the lines it writes.
 */
final class MappedTextWriter {
  private final String original;
  private final StringBuilder text;
  private final OffsetMap.Builder map = new OffsetMap.Builder();
  private final List<Span> emphasis = new ArrayList<>();

  MappedTextWriter(String original) {
    this.original = original;
    // The text rarely outgrows the original (only by footnote separators), so one allocation.
    this.text = new StringBuilder(original.length() + 16);
  }

  /** Length written so far. */
  int position() {
    return text.length();
  }

  /** Writes chars {@code [from, to)} of {@code line}; returns where they start in the text. */
  int write(CleanLine line, int from, int to) {
    int base = text.length();
    int i = from;
    while (i < to) {
      if (!line.copied(i)) {
        text.append(line.charAt(i));
        map.insert(1, line.origin(i));
        i++;
        continue;
      }
      int runStart = line.origin(i);
      int j = i + 1;
      while (j < to && line.copied(j) && line.origin(j) == runStart + (j - i)) {
        j++;
      }
      text.append(original, runStart, runStart + (j - i));
      map.copy(runStart, runStart + (j - i));
      i = j;
    }
    for (Span e : line.emphasis()) {
      int start = Math.max(e.start(), from);
      int end = Math.min(e.end(), to);
      if (start < end) {
        emphasis.add(new Span(base + start - from, base + end - from));
      }
    }
    return base;
  }

  /**
   * Writes a line separator ({@code "\n"} or {@code "\n\n"}) after a line ending at original {@code
   * at}: a copy when the original has exactly these chars there, else an insert.
   */
  void separator(String separator, int at) {
    text.append(separator);
    if (original.startsWith(separator, at)) {
      map.copy(at, at + separator.length());
    } else {
      map.insert(separator.length(), Math.min(at, original.length()));
    }
  }

  /** Writes a space that stands for original position {@code at} (a line break it replaces). */
  void space(int at) {
    text.append(' ');
    map.insert(1, Math.min(at, original.length()));
  }

  String text() {
    return text.toString();
  }

  OffsetMap offsets() {
    return map.build();
  }

  /**
   * The emphasised ranges in order, overlapping ones and ones separated only by spaces merged:
   * "**C** **NOTA …**" and a bold question joined over a page break each become one range.
   */
  List<Span> emphasis() {
    List<Span> merged = new ArrayList<>();
    emphasis.sort(null);
    for (Span e : emphasis) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && onlySpacesBetween(last.end(), e.start())) {
        merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), e.end())));
      } else {
        merged.add(e);
      }
    }
    return merged;
  }

  private boolean onlySpacesBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }
}
