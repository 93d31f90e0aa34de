package nl.kamergraaf.extract.structure;

import java.util.List;
import java.util.Optional;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.structure.QuestionDraft.Mode;
import nl.kamergraaf.extract.structure.StructureRules.LineKind;
import nl.kamergraaf.extract.structure.StructureRules.Match;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.Span;

/**
 * Finds the fractie sections, the questions and their answers of a document, line by line, with the
 * rules of {@code rules/structure.tsv}.
 *
 * <p>Papers mark questions in one of these ways ({@link Layout}): a heading ("Vraag 3") and an
 * answer heading ("Antwoord", "Antwoord 3"), also with all questions before all answers (written
 * questions); bold paragraphs, each followed by its answer in roman type with or without an
 * "Antwoord" heading (notas naar aanleiding van het verslag); a numbered list whose numbers run on
 * ("1", then the question, then the answer). Papers with none of these get a question per asking
 * paragraph of a fractie's section ({@link QuestionParagraphs}). Every question and every answer
 * keeps its own span.
 *
 * <pre>
 * List&lt;Question&gt; questions = new StructureExtractor().extract(document, mentions, answerer);
 * </pre>
 */
public final class StructureExtractor {
  /** Questions read from bold type: the layout, not a table row, says where they are. */
  static final String BOLD_QUESTION = "structure/bold-question";

  /** An answer that begins without a heading, right after its question. */
  static final String ANSWER_AFTER_QUESTION = "structure/answer-after-question";

  /** A bold paragraph shorter than this that does not ask is a heading. */
  private static final int SHORTEST_BOLD_QUESTION = 80;

  private final StructureRules rules = StructureRules.load();
  private final QuestionParagraphs paragraphs = new QuestionParagraphs(rules);

  /** The questions of {@code doc}; {@code mentions} give the fracties named in headings. */
  public List<Question> extract(Document doc, List<Mention> mentions, Entity answerer) {
    List<Line> lines = Line.of(doc.text(), doc.runningTextEnd());
    Layout layout = Layout.of(doc, lines, rules);
    QuestionCollector questions = new QuestionCollector(rules);
    int nextListed = 1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String t = line.text();
      Entity fraction = fraction(mentions, line.span());
      Optional<Match> m;
      if (rules.is(LineKind.END, t) || rules.is(LineKind.WRITTEN_ANSWER, t)) {
        questions.end();
      } else if (rules.is(LineKind.WRITTEN_QUESTIONS, t) && fraction != null
          || rules.is(LineKind.SECTION, t) && fraction != null) {
        questions.section(fraction);
      } else if ((m = rules.match(LineKind.QUESTION, t)).isPresent()) {
        questions.startQuestion(number(m.get()), line, null, Mode.HEADED, m.get().ruleId());
      } else if ((m = rules.match(LineKind.QUESTION_INLINE, t)).isPresent()) {
        questions.startQuestion(number(m.get()), line, line, Mode.HEADED, m.get().ruleId());
      } else if ((m = rules.match(LineKind.ANSWER, t)).isPresent()) {
        questions.startAnswer(
            Numbers.listed(m.get().matcher().group(1)), line, null, m.get().ruleId());
      } else if ((m = rules.match(LineKind.ANSWER_INLINE, t)).isPresent()) {
        questions.startAnswer(
            Numbers.listed(m.get().matcher().group(1)), line, line, m.get().ruleId());
      } else if (layout.listed() && Layout.number(lines, rules, i).orElse(-1) == nextListed) {
        boolean alone = rules.is(LineKind.QUESTION_NUMBER, t);
        String rule =
            alone
                ? rules.match(LineKind.QUESTION_NUMBER, t).get().ruleId()
                : rules.match(LineKind.QUESTION_NUMBERED, t).get().ruleId();
        questions.startQuestion(nextListed++, line, alone ? null : line, Mode.LISTED, rule);
      } else if (layout.bold() && doc.isEmphasised(line.span())) {
        bold(questions, line);
      } else if (questions.readingQuestion() == Mode.BOLD
          || questions.readingQuestion() == Mode.LISTED
              && questions.hasQuestionText()
              && !rules.is(LineKind.ASKS, t)) {
        questions.startImplicitAnswer(line, ANSWER_AFTER_QUESTION);
      } else {
        questions.text(line);
      }
    }
    List<Question> found = questions.result(doc.text(), answerer);
    return found.isEmpty()
        ? paragraphs.find(lines, line -> fraction(mentions, line.span()), answerer, doc.text())
        : found;
  }

  /**
   * A bold paragraph goes on a bold question, opens one if it asks or is long, else is a heading.
   */
  private void bold(QuestionCollector questions, Line line) {
    if (questions.readingQuestion() == Mode.BOLD) {
      questions.text(line);
    } else if (rules.is(LineKind.ASKS, line.text())
        || line.text().length() >= SHORTEST_BOLD_QUESTION) {
      questions.startQuestion(-1, line, line, Mode.BOLD, BOLD_QUESTION);
    } else {
      questions.end();
    }
  }

  private static int number(Match m) {
    return Integer.parseInt(m.matcher().group(1));
  }

  private static Entity fraction(List<Mention> mentions, Span line) {
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.FRACTION && line.contains(m.provenance().span())) {
        return m.entity();
      }
    }
    return null;
  }
}
