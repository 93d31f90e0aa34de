package nl.kamergraaf.eval;

import static nl.kamergraaf.eval.PerfectRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a question names and what its answer names, scored apart where the gold tells them apart
 * ({@code question_mentions}, {@code answer_mentions}), together where it gives only what the
 * question or its answer names ({@code mentions}), as the gold files of the repository do.
 */
class AnswerMentionsTest {
  private static final String DOC = "q.txt";
  private static final List<GoldDocument.Entity> NAMED =
      List.of(
          new GoldDocument.Entity("Eastern Sentry", List.of()),
          new GoldDocument.Entity("NAVO", List.of("NATO")),
          new GoldDocument.Entity("Polen", List.of()));

  private static GoldDocument gold(GoldDocument.Question q) {
    return new GoldDocument(
        DOC,
        null,
        List.of(),
        List.of(),
        List.of(q),
        NAMED.subList(0, 1),
        NAMED.subList(1, 2),
        NAMED.subList(2, 3),
        List.of(),
        List.of(),
        List.of());
  }

  private static RowFacts system() {
    return RowFacts.builder()
        .add(ContractQuery.QUESTIONS, row("source", DOC, "number", "1"))
        .add(
            ContractQuery.QUESTION_MENTIONS,
            row("source", DOC, "number", "1", "label", "Eastern Sentry"))
        .add(ContractQuery.ANSWER_MENTIONS, row("source", DOC, "number", "1", "label", "NATO"))
        .add(
            ContractQuery.ANSWER_MENTIONS,
            row("source", DOC, "number", "1", "label", "Eastern Sentry"))
        .build();
  }

  @Test
  void aGoldThatSplitsMentionsScoresEachQueryOnItsOwn() {
    GoldDocument.Question q =
        new GoldDocument.Question(
            1,
            null,
            null,
            List.of("Eastern Sentry", "NAVO", "Polen"),
            List.of("Eastern Sentry"),
            List.of("NAVO", "Polen", "Eastern Sentry"));
    Report report = new Evaluator(List.of(gold(q))).evaluate(system());
    assertEquals(new Counts(1, 0, 0), report.counts(Category.QUESTION_MENTIONS));
    assertEquals(
        new Counts(2, 0, 1), report.counts(Category.ANSWER_MENTIONS), "Polen missed in the answer");
  }

  @Test
  void aGoldWithOnlyTheMentionsOfQuestionAndAnswerScoresBothQueriesTogether() {
    GoldDocument.Question q =
        new GoldDocument.Question(1, null, null, List.of("Eastern Sentry", "NAVO", "Polen"));
    Report report = new Evaluator(List.of(gold(q))).evaluate(system());
    assertEquals(
        new Counts(2, 0, 1),
        report.counts(Category.QUESTION_MENTIONS),
        "Eastern Sentry, named in both, is one item");
    assertEquals(Counts.ZERO, report.counts(Category.ANSWER_MENTIONS));
  }
}
