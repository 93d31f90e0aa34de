package nl.kamergraaf.serve.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kept answers stay within their memory, and the one used least recently goes first. */
class StoredAnswersTest {
  private static StoredAnswer answer(int bytes) {
    return new StoredAnswer(
        200, Map.of("Content-Type", List.of("text/csv")), new byte[bytes], bytes);
  }

  @Test
  void theLeastRecentlyUsedAnswerGoesWhenMemoryRunsOut() {
    StoredAnswers answers = new StoredAnswers(3_000);
    answers.put("a", answer(900));
    answers.put("b", answer(900));
    assertNotNull(answers.get("a")); // a is now more recent than b
    answers.put("c", answer(900));

    assertNull(answers.get("b"), "b was used least recently");
    assertNotNull(answers.get("a"));
    assertNotNull(answers.get("c"));
    assertEquals(2, answers.count());
    assertTrue(answers.used() <= 3_000, "used " + answers.used());
  }

  @Test
  void replacingAnAnswerCountsItsMemoryOnce() {
    StoredAnswers answers = new StoredAnswers(10_000);
    answers.put("a", answer(1_000));
    long once = answers.used();
    answers.put("a", answer(1_000));

    assertEquals(once, answers.used());
    assertEquals(1, answers.count());
  }
}
