package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.ingest.Document;
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
    assertEquals(
        List.of(1, 2, 3),
        qs.stream().map(Question::number).toList(),
        "one question per asking paragraph");
    assertEquals(
        List.of("fractie/pvv", "fractie/bbb", "fractie/bbb"),
        qs.stream().map(q -> q.fraction().id()).toList());
    assertTrue(
        qs.stream()
            .allMatch(
                q ->
                    q.answeredBy() != null
                        && q.answeredBy().id().equals("role/minister-van-defensie")),
        "the reply part answers them all: " + qs);
    assertTrue(
        qs.get(0).provenance().quote().startsWith("Voorts vragen deze leden of de Minister"),
        "a paragraph that only says the members read the agenda is no question: "
            + qs.get(0).provenance().quote());
    assertEquals("verslag schriftelijk overleg", f.info.kind().value());
    assertEquals(LocalDate.of(2026, 3, 9), f.info.date().value());
  }

  @Test
  void writtenQuestionsAreOtherPapersDatedByTheirAnswer() {
    CollectedFacts f = extract("written-questions.txt");
    assertEquals("other", f.info.kind().value());
    assertEquals(
        LocalDate.of(2026, 3, 9),
        f.info.date().value(),
        "the day the answer came in, not the day asked");
    assertEquals(List.of(1, 2), f.questions.stream().map(Question::number).toList());
    for (Question q : f.questions) {
      assertEquals("fractie/bbb", q.fraction().id());
      assertEquals(
          "role/minister-van-defensie", q.answeredBy().id(), "'Antwoord 1' opens the answer");
      assertTrue(q.answer() != null, "question " + q.number() + " has its answer");
    }
  }

  @Test
  void theBudgetNotaHasFourteenBoldQuestionsWithTheirAnswersApart() {
    Path file = Path.of("data/corpus/000_60dd4be6d4d1a68f.txt");
    CollectedFacts f =
        CollectedFacts.of(
            extractor, new DocumentReader().read(file, file.getFileName().toString()));
    String text = new DocumentReader().read(file, "000").text();
    assertEquals(
        14, f.questions.size(), "bold questions, answered with or without an 'Antwoord' heading");
    assertEquals(
        List.of(3, 11),
        List.of(
            (int)
                f.questions.stream()
                    .filter(q -> q.fraction().id().equals("fractie/eerste-kamer-bbb"))
                    .count(),
            (int)
                f.questions.stream()
                    .filter(q -> q.fraction().id().equals("fractie/eerste-kamer-groenlinks-pvda"))
                    .count()),
        "an Eerste Kamer paper: the fracties are that chamber's");
    assertEquals("BBB", f.questions.get(0).fraction().label());
    assertTrue(
        f.related("fractie/eerste-kamer-bbb", "of-party", "org/partij-bbb"),
        "of the party the TK fractie is of too");
    assertTrue(f.related("fractie/eerste-kamer-bbb", "chamber", "org/eerste-kamer"));
    for (Question q : f.questions) {
      assertTrue(q.answer() != null, "question " + q.number() + " has its answer");
      assertTrue(
          q.question().end() <= q.answerProvenance().span().start(),
          "the answer follows its question");
    }
    // Question 10 has no "Antwoord" heading: its answer is the roman text after the bold question.
    Question q10 = f.questions.get(9);
    assertTrue(
        q10.question().of(text).startsWith("Is de Europese samenwerking"), q10.question().of(text));
    assertTrue(
        q10.answer().of(text).startsWith("De EU speelt met de diverse instrumenten"),
        q10.answer().of(text));
    // Question 12 is bold on both sides of a footnote block.
    Question q12 = f.questions.get(11);
    assertTrue(
        q12.question().of(text).endsWith("in op dit leerpunt van de oorlog in Oekraïne?"),
        q12.question().of(text));
    assertTrue(
        q12.answer().of(text).startsWith("Het aanleggen en onderhouden van voorraden"),
        q12.answer().of(text));
  }

  @Test
  void writtenQuestionsAnswerTwoQuestionsAtOnce() {
    CollectedFacts f = extract("aanhangsel-interleaved.txt");
    String text = read("aanhangsel-interleaved.txt");
    assertEquals(List.of(1, 2, 3), f.questions.stream().map(Question::number).toList());
    assertTrue(
        f.questions.stream().allMatch(q -> q.fraction().id().equals("fractie/groep-markuszower")),
        "the fractie of the member who asks");
    assertEquals(
        f.questions.get(1).answer(), f.questions.get(2).answer(), "'Antwoord 2 en 3' answers both");
    assertTrue(f.questions.get(2).question().of(text).startsWith("Is de Minister van plan"));
    assertTrue(
        f.questions.get(0).answer().of(text).startsWith("Defensie maakt tussen 2025 en 2030"));
  }

  @Test
  void writtenQuestionsFirstAndAnswersAfterThemAreMatchedByNumber() {
    CollectedFacts f = extract("questions-then-answers.txt");
    String text = read("questions-then-answers.txt");
    assertEquals(List.of(1, 2), f.questions.stream().map(Question::number).toList());
    assertTrue(f.questions.get(0).answer().of(text).startsWith("In het Coalitieakkoord"));
    assertTrue(f.questions.get(1).answer().of(text).startsWith("Het aanspreken van de garantie"));
    assertTrue(
        f.questions.get(1).question().of(text).endsWith("voor onze infrastructuur."),
        "the 'Antwoord van Minister ...' line ends the question text: "
            + f.questions.get(1).question().of(text));
    assertEquals("fractie/bbb", f.questions.get(0).fraction().id());
    // "Vragen van de leden Van der Plas (BBB) en Dassen (Volt)": two members of two fracties ask.
    assertTrue(
        f.related("person/caroline-van-der-plas", "member-of", "fractie/bbb"),
        f.relations.toString());
    assertTrue(f.related("person/laurens-dassen", "member-of", "fractie/volt"));
    assertTrue(f.related("person/laurens-dassen", "holds-role", "role/tweede-kamer-kamerlid"));
    assertTrue(f.mentioned("person/laurens-dassen", "Dassen"), "the second member is named too");
    assertTrue(
        f.related("person/dilan-yesilgoz-zegerius", "holds-role", "role/minister-van-defensie"),
        "'Antwoord van Minister Yeşilgöz-Zegerius (Defensie)': she answers as Minister van Defensie");
  }

  @Test
  void aListOfQuestionsAndAnswersNumbersItsQuestionsAndAnswersEachRightAfterIt() {
    CollectedFacts f = extract("list-of-questions.txt");
    String text = read("list-of-questions.txt");
    assertEquals(List.of(1, 2, 3), f.questions.stream().map(Question::number).toList());
    assertTrue(
        f.questions.stream().allMatch(q -> q.numbered() && q.fraction() == null),
        "the committee asks");
    assertTrue(f.questions.get(1).question().of(text).startsWith("Is de Minister van plan"));
    assertTrue(f.questions.get(1).answer().of(text).startsWith("Het kabinet deelt uw zorgen"));
    assertEquals("role/minister-van-defensie", f.questions.get(0).answeredBy().id());
  }

  @Test
  void numberedQuestionParagraphsMustRunOnToBeAList() {
    String list =
        "1. Wat is het leverschema voor de 200 infanteriegevechtsvoertuigen?\n\n"
            + "Vanaf begin 2007 worden de voertuigen geleverd.\n\n"
            + "2. Worden de voertuigen in fasen geleverd?\n\nJa.\n";
    assertEquals(
        List.of(1, 2),
        CollectedFacts.of(extractor, Document.plain("list.txt", list)).questions.stream()
            .map(Question::number)
            .toList());
    String notAList =
        "3. Wat is het leverschema voor de 200 infanteriegevechtsvoertuigen?\n\nVanaf begin 2007.\n";
    assertEquals(
        List.of(), CollectedFacts.of(extractor, Document.plain("one.txt", notAList)).questions);
  }

  @Test
  void askingParagraphsAnsweredRightAfterThemKeepTheirAnswers() {
    CollectedFacts f = extract("inbreng-interleaved.txt");
    String text = read("inbreng-interleaved.txt");
    assertEquals(List.of(1, 2, 3), f.questions.stream().map(Question::number).toList());
    assertEquals(
        List.of("fractie/pvv", "fractie/bbb", "fractie/bbb"),
        f.questions.stream().map(q -> q.fraction().id()).toList());
    assertTrue(f.questions.get(0).answer().of(text).startsWith("De Duitse autoriteiten"));
    assertTrue(
        f.questions.get(2).answer().of(text).startsWith("In het Coalitieakkoord"),
        "one 'Antwoord' answers both BBB questions before it");
  }

  private static String read(String file) {
    return new DocumentReader().read(LAYOUTS.resolve(file), file).text();
  }

  private static CollectedFacts extract(String file) {
    return CollectedFacts.of(extractor, new DocumentReader().read(LAYOUTS.resolve(file), file));
  }
}
