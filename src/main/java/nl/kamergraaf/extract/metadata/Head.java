package nl.kamergraaf.extract.metadata;

import java.util.List;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.Span;

/**
 * The part of a paper that says what it is: the head (its first lines, where identifiers, dates and
 * addressees stand) and, within it, the preamble: the heading block and the opening paragraph
 * ("Hierbij bied ik u het verslag aan van ...", "De vaste commissie ... heeft vragen voorgelegd
 * over ..."). What a paper concerns is read from the preamble only, never from its questions and
 * answers.
 *
 * @param lines all lines of the paper
 * @param head the lines that start within the first {@link #REACH} characters
 * @param preamble the heading block and the opening paragraph
 */
record Head(List<Line> lines, List<Line> head, List<Line> preamble) {
  /** How far into a document its head reaches (letterheads are long). */
  static final int REACH = 4000;

  /** An opening paragraph is a sentence: at least this many words, ending as sentences end. */
  private static final int OPENING_WORDS = 12;

  private static final Pattern SENTENCE_END = Pattern.compile(".*[.?:]\\)?$");

  static Head of(String text) {
    List<Line> lines = Line.of(text);
    List<Line> head = lines.stream().filter(l -> l.span().start() < REACH).toList();
    int end = head.size();
    for (int i = 0; i < head.size(); i++) {
      String t = head.get(i).text();
      if (t.split("\\s+").length >= OPENING_WORDS && SENTENCE_END.matcher(t).matches()) {
        end = i + 1;
        break;
      }
    }
    return new Head(lines, head, head.subList(0, end));
  }

  /** The preamble as one span of the text: from its first line to the end of its last. */
  Span preambleSpan() {
    if (preamble.isEmpty()) {
      return new Span(0, 0);
    }
    return new Span(preamble.get(0).span().start(), preamble.get(preamble.size() - 1).span().end());
  }
}
