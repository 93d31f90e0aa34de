package nl.kamergraaf.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans one original line at a time: strips the markup the converters left (Markdown stars,
 * headings, rules and {@code <sup>} footnotes; Word's {@code [image: ]}, {@code [bookmark: …]},
 * {@code [footnoteRef:N]} and inline footnote bodies {@code [N: …]}; a leading {@code >}), then
 * collapses runs of spaces to one and trims. One instance per document: it remembers which footnote
 * references it has seen, so that only {@code [N: …]} with a known N counts as a body.
 */
final class LineCleaner {
  private final String text;
  private final Set<String> supDefinitions;
  private final Set<String> seenRefs = new HashSet<>();

  /** {@code supDefinitions}: labels that have a {@code <sup>N</sup>} definition line. */
  LineCleaner(String text, Set<String> supDefinitions) {
    this.text = text;
    this.supDefinitions = supDefinitions;
  }

  /** Cleans original {@code [start, end)}, a line without its terminator. */
  CleanLine clean(int start, int end) {
    CleanLine line = new CleanLine(end);
    int from = skipQuoteMarks(start, end);
    int heading = headingPrefix(from, end);
    if (heading == from && isRule(from, end)) {
      line.kind(CleanLine.Kind.RULE, null);
      return line;
    }
    Removals cuts = new Removals();
    InlineMarkdown stars = new InlineMarkdown();
    scan(line, heading, end, cuts, stars);
    List<int[]> strong = stars.isEmpty() ? List.of() : stars.resolve(cuts);
    fill(line, heading, end, cuts);
    if (heading > from) {
      line.emphasiseAll();
    }
    for (int[] s : strong) {
      line.emphasiseOriginal(s[0], s[1]);
    }
    return line;
  }

  private void scan(CleanLine line, int from, int end, Removals cuts, InlineMarkdown stars) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      int next = i + 1;
      if (c == '[') {
        next = Math.max(next, bracket(line, i, end, cuts));
      } else if (c == '<' && text.startsWith("<sup>", i)) {
        next = Math.max(next, sup(line, i, from, end, cuts));
      } else if (c == '*') {
        int j = i;
        while (j < end && text.charAt(j) == '*') {
          j++;
        }
        boolean canOpen = j < end && !Spaces.isSpace(text.charAt(j));
        boolean canClose = i > from && !Spaces.isSpace(text.charAt(i - 1));
        stars.run(i, j - i, canOpen, canClose);
        next = j;
      }
      i = next;
    }
  }

  /** Handles a Word-conversion bracket at {@code i}; returns where scanning goes on. */
  private int bracket(CleanLine line, int i, int end, Removals cuts) {
    if (text.startsWith("[image:", i) || text.startsWith("[bookmark:", i)) {
      int close = text.indexOf(']', i);
      if (close >= 0 && close < end) {
        cuts.add(i, close + 1);
        return close + 1;
      }
      return i;
    }
    if (text.startsWith("[footnoteRef:", i)) {
      int digits = digitsEnd(i + "[footnoteRef:".length(), end);
      if (digits < end && text.charAt(digits) == ']' && digits > i + "[footnoteRef:".length()) {
        String label = text.substring(i + "[footnoteRef:".length(), digits);
        seenRefs.add(label);
        cuts.add(i, digits + 1, label);
        return digits + 1;
      }
      return i;
    }
    int digits = digitsEnd(i + 1, end);
    if (digits > i + 1
        && digits + 1 < end
        && text.charAt(digits) == ':'
        && Spaces.isSpace(text.charAt(digits + 1))) {
      String label = text.substring(i + 1, digits);
      int close = matchingBracket(i, end);
      if (close > 0 && seenRefs.contains(label)) {
        CleanLine body = new CleanLine(close);
        fill(body, digits + 1, close, new Removals());
        line.addBody(label, body);
        cuts.add(i, close + 1);
        return close + 1;
      }
    }
    return i;
  }

  /** Handles {@code <sup>N</sup>} at {@code i}: a footnote marker or definition, else bare tags. */
  private int sup(CleanLine line, int i, int lineStart, int end, Removals cuts) {
    int open = i + "<sup>".length();
    int close = text.indexOf("</sup>", open);
    if (close < 0 || close >= end) {
      return i;
    }
    int after = close + "</sup>".length();
    String label = text.substring(open, close).strip();
    if (!supDefinitions.contains(label)) {
      cuts.add(i, open); // not a footnote (e.g. m<sup>2</sup>): keep what is superscripted
      cuts.add(close, after);
    } else if (i == lineStart) {
      line.kind(CleanLine.Kind.DEFINITION, label);
      cuts.add(i, after);
    } else {
      cuts.add(i, after, label);
    }
    return after;
  }

  /**
   * Copies original {@code [from, to)} into {@code line}, leaving out the cuts, collapsing every
   * run of spaces (even one interrupted by a cut) into one space and dropping leading and trailing
   * spaces. A kept space is a copy of a real space where the run has one.
   */
  private void fill(CleanLine line, int from, int to, Removals cuts) {
    List<Removals.Cut> order = cuts.inOrder();
    int cut = 0;
    int gapAt = -1;
    int plainSpace = -1;
    int i = from;
    while (i < to) {
      while (cut < order.size() && order.get(cut).end() <= i) {
        cut++;
      }
      if (cut < order.size() && order.get(cut).start() <= i) {
        Removals.Cut c = order.get(cut);
        if (c.label() != null) {
          line.addMarker(c.label());
        }
        i = c.end();
        continue;
      }
      char c = text.charAt(i);
      if (Spaces.isSpace(c)) {
        gapAt = gapAt < 0 ? i : gapAt;
        plainSpace = plainSpace < 0 && c == ' ' ? i : plainSpace;
      } else {
        if (gapAt >= 0 && line.length() > 0) {
          if (plainSpace >= 0) {
            line.copy(' ', plainSpace);
          } else {
            line.synthetic(' ', gapAt);
          }
        }
        gapAt = -1;
        plainSpace = -1;
        line.copy(c, i);
      }
      i++;
    }
  }

  /** Skips leading spaces and blockquote / Word "Retouradres" {@code >} marks. */
  private int skipQuoteMarks(int start, int end) {
    int i = skipSpaces(start, end);
    while (i < end
        && text.charAt(i) == '>'
        && (i + 1 == end || Spaces.isSpace(text.charAt(i + 1)))) {
      i = skipSpaces(i + 1, end);
    }
    return i;
  }

  /** Where the text of a Markdown ATX heading ({@code #### Antwoord}) starts, else {@code from}. */
  private int headingPrefix(int from, int end) {
    int i = from;
    while (i < end && i - from < 6 && text.charAt(i) == '#') {
      i++;
    }
    if (i > from && (i == end || Spaces.isSpace(text.charAt(i)))) {
      return skipSpaces(i, end);
    }
    return from;
  }

  /** A Markdown thematic break: three or more of the same {@code -}, {@code *} or {@code _}. */
  private boolean isRule(int from, int end) {
    int count = 0;
    char mark = 0;
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (Spaces.isSpace(c)) {
        continue;
      }
      if ((c != '-' && c != '*' && c != '_') || (mark != 0 && c != mark)) {
        return false;
      }
      mark = c;
      count++;
    }
    return count >= 3;
  }

  private int skipSpaces(int i, int end) {
    while (i < end && Spaces.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int digitsEnd(int i, int end) {
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** The {@code ]} that closes the {@code [} at {@code open} on this line, or -1. */
  private int matchingBracket(int open, int end) {
    int depth = 0;
    for (int i = open; i < end; i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
