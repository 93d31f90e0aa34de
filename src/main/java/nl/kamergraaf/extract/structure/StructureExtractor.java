package nl.kamergraaf.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.Span;

/**
 * Finds the fractie sections, the questions and their answers of a document, line by line.
 *
 * <p>Questions come either under a heading ("Vraag 3"), or, in papers that set questions in
 * bold, as bold paragraphs followed by an "Antwoord" heading; unnumbered questions get their
 * ordinal in the document. A repeated number also falls back to the ordinal, so numbers stay
 * unique within a document. Papers with neither get a question per asking paragraph of a
 * fractie's section ({@link QuestionParagraphs}).
 */
public final class StructureExtractor {
  private final StructureRules rules = StructureRules.load();
  private final QuestionParagraphs paragraphs = new QuestionParagraphs(rules);

  /** The questions of {@code doc}; {@code mentions} give the fracties named in headings. */
  public List<Question> extract(Document doc, List<Mention> mentions, Entity answerer) {
    int mainEnd = doc.runningTextEnd();
    QuestionCollector questions = new QuestionCollector(doc.text(), rules, answerer);
    boolean boldQuestions = usesBoldQuestions(doc, mainEnd);
    for (Line line : Line.of(doc.text(), mainEnd)) {
      String t = line.text();
      Matcher m;
      if (rules.end.matcher(t).matches()) {
        questions.close(line.span().start());
      } else if ((m = rules.section.matcher(t)).matches() && fraction(mentions, line.span()) != null) {
        questions.section(fraction(mentions, line.span()), line);
      } else if ((m = rules.question.matcher(t)).matches()) {
        questions.startQuestion(Integer.parseInt(m.group(1)), line, null);
      } else if ((m = rules.questionInline.matcher(t)).matches()) {
        questions.startQuestion(Integer.parseInt(m.group(1)), line, line);
      } else if ((m = rules.answer.matcher(t)).matches()) {
        questions.startAnswer(line, null);
      } else if ((m = rules.answerInline.matcher(t)).matches()) {
        questions.startAnswer(line, line);
      } else if (boldQuestions && doc.isEmphasised(line.span()) && !questions.inQuestionText()) {
        questions.startQuestion(-1, line, line);
      } else {
        questions.text(line);
      }
    }
    questions.close(mainEnd);
    if (questions.result().isEmpty()) {
      return paragraphs.find(Line.of(doc.text(), mainEnd), line -> fraction(mentions, line.span()), answerer);
    }
    return questions.result();
  }

  /** Papers that mark questions only by bold type have bold paragraphs followed by "Antwoord". */
  private boolean usesBoldQuestions(Document doc, int mainEnd) {
    List<Line> lines = Line.of(doc.text(), mainEnd);
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (doc.isEmphasised(lines.get(i).span()) && !rules.answer.matcher(lines.get(i).text()).matches()
          && rules.answer.matcher(lines.get(i + 1).text()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Entity fraction(List<Mention> mentions, Span line) {
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.FRACTION && line.contains(m.provenance().span())) {
        return m.entity();
      }
    }
    return null;
  }

  /** Collects questions as the lines go by. */
  private static final class QuestionCollector {
    private final String text;
    private final StructureRules rules;
    private final Entity answerer;
    private final List<Question> done = new ArrayList<>();
    private final java.util.Set<Integer> used = new java.util.HashSet<>();
    private Entity fraction;
    private int number;
    private boolean numbered;
    private Line heading;
    private Span questionText;
    private Span answerText;
    private boolean inAnswer;
    private boolean open;

    QuestionCollector(String text, StructureRules rules, Entity answerer) {
      this.text = text;
      this.rules = rules;
      this.answerer = answerer;
    }

    void section(Entity f, Line line) {
      close(line.span().start());
      fraction = f;
    }

    boolean inQuestionText() {
      return open && !inAnswer;
    }

    void startQuestion(int printed, Line line, Line firstText) {
      close(line.span().start());
      open = true;
      inAnswer = false;
      numbered = printed > 0;
      number = printed;
      heading = line;
      questionText = firstText == null ? null : firstText.span();
      answerText = null;
    }

    void startAnswer(Line line, Line firstText) {
      if (!open) {
        return; // an "Antwoord" without a question before it (e.g. a letter's reply heading)
      }
      inAnswer = true;
      answerText = firstText == null ? null : firstText.span();
    }

    void text(Line line) {
      if (!open) {
        return;
      }
      if (inAnswer) {
        answerText = answerText == null ? line.span() : new Span(answerText.start(), line.span().end());
      } else {
        questionText = questionText == null ? line.span() : new Span(questionText.start(), line.span().end());
      }
    }

    void close(int at) {
      if (!open) {
        return;
      }
      open = false;
      if (questionText == null) {
        return;
      }
      if (!numbered && answerText == null) {
        return; // a bold paragraph no answer follows is a heading, not a question
      }
      int n = numbered && !used.contains(number) ? number : nextFree();
      used.add(n);
      Span whole = new Span(heading.span().start(), answerText != null ? answerText.end() : questionText.end());
      String rule = numbered ? "structure/numbered-question" : "structure/bold-question";
      List<Integer> refs = answerText == null ? List.of() : seeAlso(answerText.of(text), n);
      done.add(new Question(n, numbered && n == number, fraction, answerText == null ? null : answerer,
          questionText, answerText, refs, new Provenance(whole, heading.text(), rule)));
    }

    private int nextFree() {
      int n = done.size() + 1;
      while (used.contains(n)) {
        n++;
      }
      return n;
    }

    private List<Integer> seeAlso(String answer, int self) {
      List<Integer> refs = new ArrayList<>();
      Matcher m = rules.seeAlso.matcher(answer);
      while (m.find()) {
        for (String part : m.group(1).split("\\D+")) {
          if (!part.isEmpty() && Integer.parseInt(part) != self && !refs.contains(Integer.parseInt(part))) {
            refs.add(Integer.parseInt(part));
          }
        }
      }
      return refs;
    }

    List<Question> result() {
      return List.copyOf(done);
    }
  }
}
