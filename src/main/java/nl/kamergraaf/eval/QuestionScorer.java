package nl.kamergraaf.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores the questions of a document: {@code questions} (number, fractie), {@code
 * questions.answered_by} (number, who answers) and {@code question_mentions} (number, entity named
 * in the question or its answer: the rows of question-mentions.rq and answer-mentions.rq together).
 * Where the gold tells a question's own mentions from its answer's, {@code question_mentions}
 * scores question-mentions.rq against the first and {@code answer_mentions} answer-mentions.rq
 * against the second.
 *
 * <p>Names match when they share a folded name after widening: the gold name to its gold entity's
 * label and aliases, the system label to all names of its entity. A missing value matches only a
 * missing value, so a question found without its fractie counts as one miss and one spurious item.
 */
final class QuestionScorer implements Scorer {

  /** A (question number, name) item; {@code names} empty when the value is absent. */
  private record Item(BigDecimal number, String numberText, Set<String> names, String shown) {
    boolean sameAs(Item other) {
      return Decimals.same(number, other.number)
          && (names.isEmpty() ? other.names.isEmpty() : !Collections.disjoint(names, other.names));
    }

    String show(String what) {
      return "question " + numberText + ": " + what + " " + (shown == null ? "(none)" : shown);
    }
  }

  @Override
  public void score(GoldDocument gold, DocFacts system, Tally tally) {
    GoldNames goldNames = new GoldNames(gold);
    List<Map<String, String>> rows = system.rows(ContractQuery.QUESTIONS);
    compare(
        tally,
        gold.doc(),
        Category.QUESTIONS,
        "fractie",
        goldItems(gold, goldNames, GoldDocument.Question::fraction),
        systemItems(rows, "fraction", system));
    compare(
        tally,
        gold.doc(),
        Category.ANSWERED_BY,
        "answered by",
        goldItems(gold, goldNames, GoldDocument.Question::answeredBy),
        systemItems(rows, "answeredBy", system));
    List<Map<String, String>> asked = system.rows(ContractQuery.QUESTION_MENTIONS);
    List<Map<String, String>> answered = system.rows(ContractQuery.ANSWER_MENTIONS);
    if (splitsMentions(gold)) {
      compare(
          tally,
          gold.doc(),
          Category.QUESTION_MENTIONS,
          "mentions",
          goldMentions(gold, goldNames, GoldDocument.Question::questionMentions),
          systemItems(asked, "label", system));
      compare(
          tally,
          gold.doc(),
          Category.ANSWER_MENTIONS,
          "answer mentions",
          goldMentions(gold, goldNames, GoldDocument.Question::answerMentions),
          systemItems(answered, "label", system));
    } else {
      // The gold gives what a question or its answer names: so do both queries together.
      List<Map<String, String>> both = new ArrayList<>(asked);
      both.addAll(answered);
      compare(
          tally,
          gold.doc(),
          Category.QUESTION_MENTIONS,
          "mentions",
          goldMentions(gold, goldNames, GoldDocument.Question::mentions),
          systemItems(both, "label", system));
    }
  }

  /** Whether the gold tells a question's own mentions from its answer's. */
  private static boolean splitsMentions(GoldDocument gold) {
    return gold.questions().stream()
        .anyMatch(q -> q.questionMentions() != null || q.answerMentions() != null);
  }

  private static void compare(
      Tally tally, String doc, Category category, String what, List<Item> gold, List<Item> sys) {
    tally.compare(category, doc, gold, sys, Item::sameAs, g -> g.show(what), s -> s.show(what));
  }

  private static List<Item> goldItems(
      GoldDocument gold, GoldNames names, Function<GoldDocument.Question, String> value) {
    List<Item> items = new ArrayList<>();
    for (GoldDocument.Question q : gold.questions()) {
      String v = value.apply(q);
      items.add(
          new Item(
              BigDecimal.valueOf(q.number()), String.valueOf(q.number()), names.namesOf(v), v));
    }
    return items;
  }

  private static List<Item> goldMentions(
      GoldDocument gold, GoldNames names, Function<GoldDocument.Question, List<String>> mentions) {
    List<Item> items = new ArrayList<>();
    for (GoldDocument.Question q : gold.questions()) {
      // Two mentions that resolve to one gold entity ("NAVO", "NATO") are one item.
      Set<Set<String>> seen = new LinkedHashSet<>();
      List<String> named = mentions.apply(q);
      for (String mention : named == null ? List.<String>of() : named) {
        Set<String> resolved = names.namesOf(mention);
        if (!resolved.isEmpty() && seen.add(resolved)) {
          items.add(
              new Item(
                  BigDecimal.valueOf(q.number()), String.valueOf(q.number()), resolved, mention));
        }
      }
    }
    return items;
  }

  /** One item per distinct (number, value) in the rows; a row without a number matches nothing. */
  private static List<Item> systemItems(
      List<Map<String, String>> rows, String variable, DocFacts system) {
    Set<List<String>> seen = new LinkedHashSet<>();
    List<Item> items = new ArrayList<>();
    for (Map<String, String> row : rows) {
      String number = row.get("number");
      String value = row.get(variable);
      if (seen.add(Arrays.asList(number, value))) {
        Set<String> names = value == null ? Set.of() : system.namesOf(value);
        items.add(
            new Item(
                Decimals.parse(number), number == null ? "(no number)" : number, names, value));
      }
    }
    return items;
  }
}
