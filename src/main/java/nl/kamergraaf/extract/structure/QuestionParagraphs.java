package nl.kamergraaf.extract.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.structure.StructureRules.LineKind;
import nl.kamergraaf.ingest.Span;

/**
 * Questions of papers that neither number nor embolden them, as the inbreng of a written
 * consultation does: every paragraph of a fractie's section that asks something is one question,
 * numbered in document order.
 *
 * <p>The answers come in one of three places: after an answer heading ("Antwoord", "Reactie van de
 * Minister") right behind the asking paragraphs (it answers all asked since the previous answer),
 * in an answer section for that fractie ("Antwoord op de vragen van de leden van de VVD-fractie",
 * which answers all of that fractie's questions), or in a reply part for all fracties ("II. Reactie
 * van de Minister", which says they are answered but not where).
 */
final class QuestionParagraphs {
  static final String RULE = "structure/question-paragraph";

  /** An asking paragraph and where its answer stands, once known. */
  private static final class Asked {
    final Entity fraction;
    final Line line;
    final String rule;
    Span answer;
    String answerRule;

    Asked(Entity fraction, Line line, String rule) {
      this.fraction = fraction;
      this.line = line;
      this.rule = rule;
    }
  }

  private final StructureRules rules;

  QuestionParagraphs(StructureRules rules) {
    this.rules = rules;
  }

  /**
   * @param fractionOf the fractie a line names, or null
   */
  List<Question> find(
      List<Line> lines, Function<Line, Entity> fractionOf, Entity answerer, String text) {
    List<Asked> asked = new ArrayList<>();
    Map<String, List<Asked>> byFraction = new LinkedHashMap<>();
    List<Asked> answering = List.of();
    List<Asked> sinceAnswer = new ArrayList<>();
    boolean replyPart = false;
    boolean inReply = false;
    Entity fraction = null;
    for (Line line : lines) {
      String t = line.text();
      Entity named = rules.is(LineKind.SECTION, t) ? fractionOf.apply(line) : null;
      var answerHeading = rules.match(LineKind.ANSWER, t);
      if (rules.is(LineKind.END, t)) {
        fraction = null;
        answering = List.of();
      } else if (named != null) {
        fraction = named;
        inReply = rules.is(LineKind.REPLY_SECTION, t);
        answering = inReply ? byFraction.getOrDefault(named.id(), List.of()) : List.of();
        answering.forEach(
            a ->
                a.answerRule =
                    "structure/" + rules.match(LineKind.REPLY_SECTION, t).get().rule().id());
        sinceAnswer = new ArrayList<>();
      } else if (rules.is(LineKind.REPLY_PART, t)
          && fraction != null
          && !inReply
          && !sinceAnswer.isEmpty()) {
        // "Reactie van de Minister" right after a fractie's questions answers those
        answering = sinceAnswer;
        answering.forEach(a -> a.answerRule = rules.match(LineKind.REPLY_PART, t).get().ruleId());
        sinceAnswer = new ArrayList<>();
      } else if (rules.is(LineKind.REPLY_PART, t)) {
        replyPart = true;
        inReply = true;
        fraction = null;
        answering = List.of();
      } else if (answerHeading.isPresent() && !sinceAnswer.isEmpty()) {
        answering = sinceAnswer;
        answering.forEach(a -> a.answerRule = answerHeading.get().ruleId());
        sinceAnswer = new ArrayList<>();
      } else if (fraction != null && !inReply && rules.is(LineKind.ASKS, t)) {
        Asked a = new Asked(fraction, line, RULE);
        asked.add(a);
        sinceAnswer.add(a);
        byFraction.computeIfAbsent(fraction.id(), k -> new ArrayList<>()).add(a);
        answering = List.of();
      } else {
        for (Asked a : answering) {
          a.answer = a.answer == null ? line.span() : new Span(a.answer.start(), line.span().end());
        }
      }
    }
    List<Question> out = new ArrayList<>();
    for (Asked a : asked) {
      boolean answered = replyPart || a.answer != null;
      Span span = a.line.span();
      Provenance answerProvenance =
          a.answer == null ? null : new Provenance(a.answer, a.answer.of(text), a.answerRule);
      out.add(
          new Question(
              out.size() + 1,
              false,
              a.fraction,
              answered ? answerer : null,
              span,
              a.answer,
              List.of(),
              new Provenance(span, a.line.text(), a.rule),
              answerProvenance));
    }
    return out;
  }
}
