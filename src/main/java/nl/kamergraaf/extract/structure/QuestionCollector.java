package nl.kamergraaf.extract.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.ingest.Span;

/**
 * Collects questions and their answers as the lines of a paper go by. An answer heading that names
 * numbers ("Antwoord 2 en 3", "Antwoord op vraag 4") answers those questions, wherever they stood:
 * written questions print all questions first and all answers after them, or answer two questions
 * at once.
 */
final class QuestionCollector {
  private final StructureRules rules;
  private final List<QuestionDraft> drafts = new ArrayList<>();
  private Entity fraction;
  private QuestionDraft open;
  private List<QuestionDraft> answering = List.of();

  QuestionCollector(StructureRules rules) {
    this.rules = rules;
  }

  /** A fractie's section begins: what follows is asked by it. */
  void section(Entity f) {
    end();
    fraction = f;
  }

  /** A signature, a closing formula or a heading that belongs to no question. */
  void end() {
    open = null;
    answering = List.of();
  }

  void startQuestion(
      int printed, Line heading, Line firstText, QuestionDraft.Mode mode, String rule) {
    end();
    open = new QuestionDraft(printed, fraction, mode, heading, rule);
    if (firstText != null) {
      open.addText(firstText.span());
    }
    drafts.add(open);
  }

  /**
   * An answer heading: the questions it names, or else the question just read (or, after a heading
   * that closed it, the last one still unanswered).
   */
  void startAnswer(List<Integer> numbers, Line heading, Line firstText, String rule) {
    List<QuestionDraft> targets = new ArrayList<>();
    for (QuestionDraft d : drafts) {
      if (numbers.contains(d.printed) && !d.answered()) {
        targets.add(d);
      }
    }
    if (targets.isEmpty() && open != null) {
      targets.add(open);
    } else if (targets.isEmpty()
        && !drafts.isEmpty()
        && !drafts.get(drafts.size() - 1).answered()
        && numbers.isEmpty()
        && drafts.get(drafts.size() - 1).text != null) {
      targets.add(drafts.get(drafts.size() - 1));
    }
    open = null;
    answering = targets;
    for (QuestionDraft d : targets) {
      d.answerStart = heading.span();
      d.answerRule = rule;
      if (firstText != null) {
        d.addAnswer(firstText.span());
      }
    }
  }

  /** The answer of the open question begins with this line, no heading before it. */
  void startImplicitAnswer(Line line, String rule) {
    QuestionDraft d = open;
    startAnswer(List.of(), line, line, rule);
    if (d == null) {
      text(line);
    }
  }

  void text(Line line) {
    if (!answering.isEmpty()) {
      answering.forEach(d -> d.addAnswer(line.span()));
    } else if (open != null) {
      open.addText(line.span());
    }
  }

  /** The mode of the question whose text is being read, or null. */
  QuestionDraft.Mode readingQuestion() {
    return open == null ? null : open.mode;
  }

  /** Whether the open question has any text yet (a list number comes before its text). */
  boolean hasQuestionText() {
    return open != null && open.text != null;
  }

  /**
   * The questions found: printed numbers where unique, else the next free ordinal. A bold paragraph
   * that neither asks nor is answered is a heading, not a question.
   */
  List<Question> result(String text, Entity answerer) {
    List<Question> out = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (QuestionDraft d : drafts) {
      if (d.text == null
          || d.printed < 0
              && !d.answered()
              && !rules.is(StructureRules.LineKind.ASKS, d.text.of(text))) {
        continue;
      }
      boolean keep = d.printed > 0 && used.add(d.printed);
      int n = keep ? d.printed : nextFree(used, out.size() + 1);
      used.add(n);
      Span q = d.questionSpan();
      Provenance qp = new Provenance(q, q.of(text), d.rule);
      Provenance ap = null;
      List<Integer> refs = List.of();
      if (d.answered()) {
        Span a = d.answerSpan();
        ap = new Provenance(a, a.of(text), d.answerRule);
        refs = seeAlso(d.answerText.of(text), n);
      }
      out.add(
          new Question(
              n,
              keep,
              d.fraction,
              d.answered() ? answerer : null,
              d.text,
              d.answerText,
              refs,
              qp,
              ap));
    }
    return out;
  }

  private static int nextFree(Set<Integer> used, int from) {
    int n = from;
    while (used.contains(n)) {
      n++;
    }
    return n;
  }

  private List<Integer> seeAlso(String answer, int self) {
    List<Integer> refs = new ArrayList<>();
    rules
        .match(StructureRules.LineKind.SEE_ALSO, answer)
        .ifPresent(
            first -> {
              Matcher m = first.matcher();
              do {
                for (int n : Numbers.listed(m.group(1))) {
                  if (n != self && !refs.contains(n)) {
                    refs.add(n);
                  }
                }
              } while (m.find());
            });
    return refs;
  }
}
