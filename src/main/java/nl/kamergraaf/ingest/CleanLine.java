package nl.kamergraaf.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of the original after markup removal and space clean-up. Every char remembers where it
 * came from, so the line can be written into the normalised text with an exact offset map.
 */
final class CleanLine {
  /** What the line is, beyond its text. */
  enum Kind {
    /** Running text (possibly empty). */
    TEXT,
    /** A Markdown thematic break ({@code ---}): dropped. */
    RULE,
    /** A footnote body standing on its own line ({@code <sup>1</sup> Zie ...}). */
    DEFINITION
  }

  /** A footnote marker removed from this line: its label and where it stood in the line. */
  record Marker(String label, int at) {}

  /** A footnote body cut out of this line, cleaned like a line of its own. */
  record Body(String label, CleanLine text) {}

  private final StringBuilder text = new StringBuilder();
  // origin[i] >= 0: char i is original[origin[i]] unchanged; < 0: synthetic, for -(origin[i]+1).
  private int[] origin = new int[32];
  private final List<Span> emphasis = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private final List<Body> bodies = new ArrayList<>();
  private final int lineEnd;
  private Kind kind = Kind.TEXT;
  private String label;

  /** A line whose terminator (or the end of the text) is at original position {@code lineEnd}. */
  CleanLine(int lineEnd) {
    this.lineEnd = lineEnd;
  }

  void copy(char c, int pos) {
    append(c, pos);
  }

  void synthetic(char c, int at) {
    append(c, -(at + 1));
  }

  private void append(char c, int code) {
    int i = text.length();
    if (i == origin.length) {
      origin = Arrays.copyOf(origin, i * 2);
    }
    origin[i] = code;
    text.append(c);
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  CharSequence text() {
    return text;
  }

  /** The original position char {@code i} stands for. */
  int origin(int i) {
    int o = origin[i];
    return o >= 0 ? o : -(o + 1);
  }

  /** Whether char {@code i} is an unchanged copy of its original char. */
  boolean copied(int i) {
    return origin[i] >= 0;
  }

  /** Original position of the line's terminator: where joins and separators point. */
  int lineEnd() {
    return lineEnd;
  }

  /**
   * Marks the chars that stood in original {@code [from, to)} as emphasised, trimmed to the chars
   * actually kept. Origins grow strictly along a line, so a binary search finds them.
   */
  void emphasiseOriginal(int from, int to) {
    int start = firstAtOrAfter(from);
    int end = firstAtOrAfter(to);
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (start < end) {
      emphasis.add(new Span(start, end));
    }
  }

  /** Marks the whole line as emphasised (a heading). */
  void emphasiseAll() {
    if (length() > 0) {
      emphasis.add(new Span(0, length()));
    }
  }

  private int firstAtOrAfter(int pos) {
    int lo = 0;
    int hi = length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (origin(mid) < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Emphasised ranges, in line coordinates, in the order they were found. */
  List<Span> emphasis() {
    return emphasis;
  }

  boolean emphasisedAt(int i) {
    for (Span e : emphasis) {
      if (e.start() <= i && i < e.end()) {
        return true;
      }
    }
    return false;
  }

  void addMarker(String markerLabel) {
    markers.add(new Marker(markerLabel, length()));
  }

  List<Marker> markers() {
    return markers;
  }

  void addBody(String bodyLabel, CleanLine body) {
    bodies.add(new Body(bodyLabel, body));
  }

  List<Body> bodies() {
    return bodies;
  }

  Kind kind() {
    return kind;
  }

  /** The footnote label of a {@link Kind#DEFINITION} line. */
  String label() {
    return label;
  }

  void kind(Kind newKind, String newLabel) {
    this.kind = newKind;
    this.label = newLabel;
  }
}
