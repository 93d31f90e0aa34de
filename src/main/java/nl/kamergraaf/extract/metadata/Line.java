package nl.kamergraaf.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.Span;

/** A non-blank line (a paragraph) of the normalised text, stripped. */
record Line(Span span, String text) {
  static List<Line> of(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String raw = text.substring(start, end);
      String t = raw.strip();
      if (!t.isEmpty()) {
        int s = start + raw.indexOf(t);
        out.add(new Line(new Span(s, s + t.length()), t));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }
}
