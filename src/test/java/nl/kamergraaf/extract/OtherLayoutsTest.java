package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Papers laid out as other years and genres lay them out (see src/test/resources/layouts): the
 * questions, who asked and who answers, the kind and the date.
 */
class OtherLayoutsTest {
  private static final Path LAYOUTS = Path.of("src/test/resources/layouts");
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  @Test
  void unnumberedQuestionParagraphsAreQuestionsInDocumentOrder() {
    CollectedFacts f = extract("vso-unnumbered.txt");
    List<Question> qs = f.questions;
    assertEquals(List.of(1, 2, 3), qs.stream().map(Question::number).toList(), "one question per asking paragraph");
    assertEquals(List.of("fractie/pvv", "fractie/bbb", "fractie/bbb"),
        qs.stream().map(q -> q.fraction().id()).toList());
    assertTrue(qs.stream().allMatch(q -> q.answeredBy() != null && q.answeredBy().id().equals("role/minister-van-defensie")),
        "the reply part answers them all: " + qs);
    assertTrue(qs.get(0).provenance().quote().startsWith("Voorts vragen deze leden of de Minister"),
        "a paragraph that only says the members read the agenda is no question: " + qs.get(0).provenance().quote());
    assertEquals("verslag schriftelijk overleg", f.info.kind().value());
    assertEquals(LocalDate.of(2026, 3, 9), f.info.date().value());
  }

  @Test
  void writtenQuestionsAreOtherPapersDatedByTheirAnswer() {
    CollectedFacts f = extract("written-questions.txt");
    assertEquals("other", f.info.kind().value());
    assertEquals(LocalDate.of(2026, 3, 9), f.info.date().value(), "the day the answer came in, not the day asked");
    assertEquals(List.of(1, 2), f.questions.stream().map(Question::number).toList());
    for (Question q : f.questions) {
      assertEquals("fractie/bbb", q.fraction().id());
      assertEquals("role/minister-van-defensie", q.answeredBy().id(), "'Antwoord 1' opens the answer");
      assertTrue(q.answer() != null, "question " + q.number() + " has its answer");
    }
  }

  private static CollectedFacts extract(String file) {
    return CollectedFacts.of(extractor, new DocumentReader().read(LAYOUTS.resolve(file), file));
  }
}
