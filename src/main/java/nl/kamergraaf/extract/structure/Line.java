package nl.kamergraaf.extract.structure;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.Span;

/** A non-blank line (one paragraph) of the normalised text, trimmed. */
record Line(Span span, String text) {
  /** The non-blank lines of {@code text} before position {@code end}. */
  static List<Line> of(String text, int end) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < end) {
      int nl = text.indexOf('\n', start);
      int stop = nl < 0 || nl > end ? end : nl;
      int s = start;
      int e = stop;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        lines.add(new Line(new Span(s, e), text.substring(s, e)));
      }
      start = stop + 1;
    }
    return lines;
  }
}
