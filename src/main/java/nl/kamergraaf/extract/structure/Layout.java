package nl.kamergraaf.extract.structure;

import java.util.List;
import java.util.Optional;
import nl.kamergraaf.extract.structure.StructureRules.LineKind;
import nl.kamergraaf.ingest.Document;

/**
 * How a paper marks its questions, read from the whole paper before its lines are walked.
 *
 * @param headed it has "Vraag N" headings
 * @param bold it sets questions in bold: some bold paragraph is followed by an "Antwoord" heading
 * @param listed it has no "Vraag N" headings but numbered questions that run on 1, 2, 3 (lists of
 *     questions and answers)
 */
record Layout(boolean headed, boolean bold, boolean listed) {

  static Layout of(Document doc, List<Line> lines, StructureRules rules) {
    boolean headed = false;
    boolean bold = false;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).text();
      headed |= rules.is(LineKind.QUESTION, t) || rules.is(LineKind.QUESTION_INLINE, t);
      bold |=
          i + 1 < lines.size()
              && doc.isEmphasised(lines.get(i).span())
              && !rules.is(LineKind.ANSWER, t)
              && rules.is(LineKind.ANSWER, lines.get(i + 1).text());
    }
    return new Layout(headed, bold, !headed && listNumber(lines, rules, 0, 1) >= 0);
  }

  /**
   * The index of the line from {@code from} on that opens list question {@code expected} ("1" alone
   * with a question after it, or "1. Hoe ...?"), if question {@code expected + 1} follows it too;
   * else -1.
   */
  private static int listNumber(List<Line> lines, StructureRules rules, int from, int expected) {
    int first = -1;
    for (int i = from; i < lines.size(); i++) {
      Optional<Integer> n = number(lines, rules, i);
      if (n.isPresent() && n.get() == expected && first < 0) {
        first = i;
      } else if (n.isPresent() && n.get() == expected + 1 && first >= 0) {
        return first;
      }
    }
    return -1;
  }

  /** The number of list question opened at line {@code i}, if one is. */
  static Optional<Integer> number(List<Line> lines, StructureRules rules, int i) {
    String t = lines.get(i).text();
    var alone = rules.match(LineKind.QUESTION_NUMBER, t);
    if (alone.isPresent()
        && i + 1 < lines.size()
        && rules.is(LineKind.ASKS, lines.get(i + 1).text())) {
      return Optional.of(Integer.parseInt(alone.get().matcher().group(1)));
    }
    return rules
        .match(LineKind.QUESTION_NUMBERED, t)
        .map(m -> Integer.parseInt(m.matcher().group(1)));
  }
}
