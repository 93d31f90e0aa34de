package nl.kamergraaf.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a first look at the whole document tells the normaliser: whether its paragraphs are wrapped
 * at a fixed width (text extracted from PDF), which words it splits over lines with a hyphen and
 * how it writes them elsewhere, and which {@code <sup>N</sup>} footnotes it defines.
 *
 * <p>Wrapped text shows as most non-blank lines being about as long as the longest ones and
 * followed by another non-blank line; in Markdown and Word conversions a paragraph is one line of
 * any length, so few lines qualify. Three linear passes, no copy of the text.
 */
final class LayoutProfile {
  private static final int MAX_COUNTED = 4096;
  // A wrapped line is at least this share of the wrap width (the longest word may not fit).
  private static final double WRAPPED_SHARE = 0.7;

  private final boolean wrapped;
  private final int joinLength;
  private final Set<String> supDefinitions = new HashSet<>();
  private final Set<String> hyphenated = new HashSet<>();
  private final Set<String> joined = new HashSet<>();
  private final Set<String> hyphenatedSeen = new HashSet<>();
  private final Set<String> joinedSeen = new HashSet<>();
  private int longestCandidate;

  private LayoutProfile(String text) {
    int[] counts = new int[MAX_COUNTED + 1];
    int nonBlank = 0;
    Lines lines = new Lines(text);
    while (lines.advance()) {
      int[] t = trim(text, lines.start(), lines.end());
      if (t[1] > t[0]) {
        nonBlank++;
        counts[Math.min(t[1] - t[0], MAX_COUNTED)]++;
        supDefinition(text, t[0], t[1]);
      }
    }
    int width = percentile(counts, nonBlank, 0.95);
    this.joinLength = (int) Math.ceil(width * WRAPPED_SHARE);
    int continued = continuedLines(text);
    this.wrapped = nonBlank >= 5 && width >= 30 && continued * 2 >= nonBlank;
    if (wrapped && !hyphenated.isEmpty()) {
      for (String word : hyphenated) {
        longestCandidate = Math.max(longestCandidate, word.length());
      }
      scanWords(text);
    }
  }

  static LayoutProfile of(String text) {
    return new LayoutProfile(text);
  }

  /** Whether the document's paragraphs are wrapped over several lines. */
  boolean wrapped() {
    return wrapped;
  }

  /** In wrapped text, a line at least this long continues on the next line. */
  int joinLength() {
    return joinLength;
  }

  /** Labels N of lines that start with {@code <sup>N</sup>}: Markdown footnote bodies. */
  Set<String> supDefinitions() {
    return supDefinitions;
  }

  /** Lower-cased hyphenated compounds split at a line end that also occur whole elsewhere. */
  Set<String> hyphenatedSeen() {
    return hyphenatedSeen;
  }

  /** Lower-cased joined forms of words split at a line end that occur elsewhere. */
  Set<String> joinedSeen() {
    return joinedSeen;
  }

  private void supDefinition(String text, int start, int end) {
    if (text.startsWith("<sup>", start)) {
      int close = text.indexOf("</sup>", start);
      if (close > 0 && close < end) {
        supDefinitions.add(text.substring(start + "<sup>".length(), close).strip());
      }
    }
  }

  /** Counts long lines followed by a non-blank line, noting words hyphenated at the break. */
  private int continuedLines(String text) {
    int continued = 0;
    Lines lines = new Lines(text);
    int[] previous = null;
    while (lines.advance()) {
      int[] t = trim(text, lines.start(), lines.end());
      boolean blank = t[1] == t[0];
      if (previous != null && !blank) {
        if (previous[1] - previous[0] >= joinLength) {
          continued++;
        }
        candidate(text, previous, t);
      }
      previous = blank ? null : t;
    }
    return continued;
  }

  private void candidate(String text, int[] line, int[] next) {
    int hyphen = line[1] - 1;
    if (text.charAt(hyphen) != '-' || hyphen == line[0]) {
      return;
    }
    int preStart = hyphen;
    while (preStart > line[0] && Character.isLetterOrDigit(text.charAt(preStart - 1))) {
      preStart--;
    }
    int postEnd = next[0];
    while (postEnd < next[1] && Character.isLetterOrDigit(text.charAt(postEnd))) {
      postEnd++;
    }
    if (preStart < hyphen && postEnd > next[0]) {
      String pre = text.substring(preStart, hyphen).toLowerCase(Locale.ROOT);
      String post = text.substring(next[0], postEnd).toLowerCase(Locale.ROOT);
      hyphenated.add(pre + "-" + post);
      joined.add(pre + post);
    }
  }

  /** Finds where the candidate words occur elsewhere: as whole words or hyphen-joined parts. */
  private void scanWords(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int partStart = i;
      String previousPart = null;
      while (i <= n) {
        char c = i < n ? text.charAt(i) : ' ';
        if (Character.isLetterOrDigit(c)) {
          i++;
          continue;
        }
        // Words longer than any candidate cannot match: no need to copy them.
        String part =
            i - partStart <= longestCandidate
                ? text.substring(partStart, i).toLowerCase(Locale.ROOT)
                : "";
        if (joined.contains(part)) {
          joinedSeen.add(part);
        }
        if (previousPart != null && hyphenated.contains(previousPart + "-" + part)) {
          hyphenatedSeen.add(previousPart + "-" + part);
        }
        boolean hyphenJoin = c == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
        if (!hyphenJoin) {
          break;
        }
        previousPart = part;
        partStart = ++i;
      }
      i++;
    }
  }

  private static int[] trim(String text, int start, int end) {
    while (start < end && Spaces.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Spaces.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  private static int percentile(int[] counts, int total, double share) {
    int wanted = (int) Math.ceil(total * share);
    int seen = 0;
    for (int length = 0; length < counts.length; length++) {
      seen += counts[length];
      if (seen >= wanted && seen > 0) {
        return length;
      }
    }
    return 0;
  }
}
