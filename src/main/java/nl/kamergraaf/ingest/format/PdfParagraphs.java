package nl.kamergraaf.ingest.format;

import java.util.List;
import java.util.Locale;
import nl.kamergraaf.ingest.Hyphenation;
import nl.kamergraaf.ingest.SourceMap;

/**
 * Writes a PDF's lines as paragraphs. A line continues the paragraph of the line above when it
 * follows at the usual line distance (or opens the next page), in the same font size and boldness,
 * and its first word would not have fitted at the end of the line above: a line that stops short
 * although the next word fitted ends its paragraph. A word split at the line end with a hyphen is
 * joined the way {@link Hyphenation} decides, with the document's own words as evidence; raised
 * small digits become footnote markers.
 */
final class PdfParagraphs {
  // Baseline distance up to this many times the usual one still continues a paragraph.
  private static final float MAX_PITCH_FACTOR = 1.3f;
  private static final char SOFT_HYPHEN = '\u00AD';

  private final ConvertedTextWriter out;
  private final PdfMetrics metrics;
  private final PdfWords words;
  private final Hyphenation hyphenation = new Hyphenation();
  private boolean hyphenates = true;

  PdfParagraphs(ConvertedTextWriter out, PdfMetrics metrics, PdfWords words) {
    this.out = out;
    this.metrics = metrics;
    this.words = words;
  }

  /**
   * Looks at every word split at a line end: unless one of them occurs elsewhere in the document
   * joined (and never hyphenated), the layout is taken not to hyphenate words (LibreOffice's and
   * Word's default): a hyphen at a line end is then a real one, unless the joined word is seen.
   */
  void learnHyphenation(List<PdfLine> lines) {
    int joinedOnly = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String[] split = split(lines.get(i), lines.get(i + 1));
      if (split != null) {
        String pre = split[0].toLowerCase(Locale.ROOT);
        String post = split[1].toLowerCase(Locale.ROOT);
        boolean joined = words.words().contains(pre + post);
        joinedOnly += joined && !words.hyphenated().contains(pre + "-" + post) ? 1 : 0;
      }
    }
    hyphenates = joinedOnly > 0;
  }

  /** Writes running-text lines, starting a paragraph wherever the layout says one starts. */
  void body(List<PdfLine> lines) {
    boolean start = true;
    for (int i = 0; i < lines.size(); i++) {
      PdfLine line = lines.get(i);
      PdfLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (start) {
        out.paragraph();
      }
      boolean continues = next != null && continues(line, next);
      write(line, 0, continues ? join(line, next) : Hyphenation.Join.SUSPENDED, true);
      start = !continues;
    }
  }

  /** Writes the lines of one footnote body as one paragraph; skips its label glyphs. */
  void footnote(String label, List<PdfLine> lines, int skip) {
    out.footnote(label);
    for (int i = 0; i < lines.size(); i++) {
      PdfLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      Hyphenation.Join join = next == null ? Hyphenation.Join.SUSPENDED : join(lines.get(i), next);
      write(lines.get(i), i == 0 ? skip : 0, join, false);
    }
  }

  private boolean continues(PdfLine line, PdfLine next) {
    if (Math.abs(line.size() - next.size()) > 1f || line.allBold() != next.allBold()) {
      return false;
    }
    if (line.page() == next.page()) {
      float gap = next.baseline() - line.baseline();
      if (gap <= 0 || gap > metrics.pitch() * MAX_PITCH_FACTOR) {
        return false;
      }
    }
    if (split(line, next) != null && Character.isLowerCase(next.text().strip().charAt(0))) {
      return true; // a word split over the two lines: only its first part had to fit
    }
    float room = metrics.rightEdge() - line.right();
    return room < next.firstWordWidth() + line.size() * 0.3f;
  }

  /**
   * How {@code line} joins {@code next}: WITHOUT_HYPHEN drops its final hyphen (or soft hyphen),
   * WITH_HYPHEN keeps it with no space, SUSPENDED puts a space after it (as after any line that
   * does not end in a split word).
   */
  private Hyphenation.Join join(PdfLine line, PdfLine next) {
    String a = line.text().stripTrailing();
    String b = next.text().stripLeading();
    if (a.isEmpty() || b.isEmpty()) {
      return Hyphenation.Join.SUSPENDED;
    }
    char last = a.charAt(a.length() - 1);
    if (last == SOFT_HYPHEN) {
      return Hyphenation.Join.WITHOUT_HYPHEN;
    }
    if (last != '-'
        || a.length() < 2
        || Character.isWhitespace(a.charAt(a.length() - 2))
        || !Character.isLetterOrDigit(b.charAt(0))) {
      return Hyphenation.Join.SUSPENDED;
    }
    String[] split = split(line, next);
    String token = a.substring(a.lastIndexOf(' ') + 1);
    if (split == null || token.contains("/") || token.contains("@")) {
      return Hyphenation.Join.WITH_HYPHEN; // "1,5%-" "norm", or a web or mail address
    }
    Hyphenation.Join join =
        hyphenation.decide(split[0], split[1], words.hyphenated(), words.words());
    boolean evidence = words.words().contains((split[0] + split[1]).toLowerCase(Locale.ROOT));
    if (join != Hyphenation.Join.WITHOUT_HYPHEN || evidence) {
      return join;
    }
    // No word to go by: keep the hyphen if the layout does not hyphenate, or if the document
    // writes the first part with a hyphen elsewhere ("Patriot-raketten" so "Patriot-systemen").
    boolean prefix = words.hyphenPrefixes().contains(split[0].toLowerCase(Locale.ROOT));
    return !hyphenates || prefix ? Hyphenation.Join.WITH_HYPHEN : join;
  }

  /** The letters before a line-end hyphen and those that start the next line, or null. */
  private static String[] split(PdfLine line, PdfLine next) {
    String a = line.text().stripTrailing();
    String b = next.text().stripLeading();
    if (a.length() < 2
        || a.charAt(a.length() - 1) != '-'
        || !Character.isLetterOrDigit(a.charAt(a.length() - 2))
        || b.isEmpty()
        || !Character.isLetterOrDigit(b.charAt(0))) {
      return null;
    }
    int preStart = a.length() - 1;
    while (preStart > 0 && Character.isLetterOrDigit(a.charAt(preStart - 1))) {
      preStart--;
    }
    int postEnd = 0;
    while (postEnd < b.length() && Character.isLetterOrDigit(b.charAt(postEnd))) {
      postEnd++;
    }
    return new String[] {a.substring(preStart, a.length() - 1), b.substring(0, postEnd)};
  }

  /**
   * Writes one line's glyphs from {@code from}; its final hyphen is dropped for WITHOUT_HYPHEN and
   * a space follows for SUSPENDED.
   */
  private void write(PdfLine line, int from, Hyphenation.Join join, boolean markers) {
    List<PdfLine.Glyph> glyphs = line.glyphs();
    int end = glyphs.size();
    while (end > from && glyphs.get(end - 1).isSpace()) {
      end--;
    }
    if (join == Hyphenation.Join.WITHOUT_HYPHEN && end > from) {
      end--;
    }
    String page = Integer.toString(line.page());
    int offset = line.pageOffset();
    for (int i = 0; i < from; i++) {
      offset += codePoints(glyphs.get(i).text());
    }
    int i = from;
    while (i < end) {
      PdfLine.Glyph g = glyphs.get(i);
      if (markers && line.isSuperscript(i) && isDigits(g.text())) {
        StringBuilder label = new StringBuilder();
        while (i < end && line.isSuperscript(i) && isDigits(glyphs.get(i).text())) {
          label.append(glyphs.get(i).text());
          offset += codePoints(glyphs.get(i).text());
          i++;
        }
        out.marker(label.toString());
        continue;
      }
      boolean bold = g.bold() || g.size() >= metrics.bodySize() * 1.2f;
      out.text(g.text(), bold, SourceMap.Unit.PAGE, page, offset);
      offset += codePoints(g.text());
      i++;
    }
    if (join == Hyphenation.Join.SUSPENDED) {
      out.space();
    }
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }
}
