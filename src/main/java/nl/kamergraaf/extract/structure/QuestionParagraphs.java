package nl.kamergraaf.extract.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.ingest.Span;

/**
 * Questions of papers that neither number nor embolden them, as older written consultations do:
 * every paragraph of a fractie's section that asks something is one question, numbered in
 * document order. The paper answers them when it has a reply part ("II. Reactie van de
 * Minister") or an answer section for that fractie ("Antwoord op de vragen van de leden van de
 * VVD-fractie").
 */
final class QuestionParagraphs {
  private record Asked(Entity fraction, Line line) {}

  private final StructureRules rules;

  QuestionParagraphs(StructureRules rules) {
    this.rules = rules;
  }

  /**
   * @param fractionOf the fractie a line names in a section heading, or null
   */
  List<Question> find(List<Line> lines, Function<Line, Entity> fractionOf, Entity answerer) {
    List<Asked> asked = new ArrayList<>();
    Set<String> answeredFractions = new HashSet<>();
    boolean replyPart = false;
    boolean inReply = false;
    Entity fraction = null;
    for (Line line : lines) {
      String t = line.text();
      Entity named = rules.section.matcher(t).matches() ? fractionOf.apply(line) : null;
      if (rules.end.matcher(t).matches()) {
        fraction = null;
      } else if (named != null) {
        fraction = named;
        inReply = rules.replySection.matcher(t).matches();
        if (inReply) {
          answeredFractions.add(named.id());
        }
      } else if (rules.replyPart.matcher(t).matches()) {
        replyPart = true;
        inReply = true;
        fraction = null;
      } else if (fraction != null && !inReply && rules.asks.matcher(t).find()) {
        asked.add(new Asked(fraction, line));
      }
    }
    List<Question> out = new ArrayList<>();
    for (Asked a : asked) {
      boolean answered = replyPart || answeredFractions.contains(a.fraction().id());
      Span span = a.line().span();
      out.add(new Question(out.size() + 1, false, a.fraction(), answered ? answerer : null, span, null,
          List.of(), new Provenance(span, a.line().text(), "structure/question-paragraph")));
    }
    return out;
  }
}
