package nl.kamergraaf.eval;

import static nl.kamergraaf.eval.PerfectRows.DOC_002;
import static nl.kamergraaf.eval.PerfectRows.DOC_004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The whole path from a dataset to a report: a toy graph about document 004, read through toy
 * versions of the contract queries ({@code /eval-fixture/queries/}), scored against the real gold.
 */
class DatasetFactsTest {
  private static final String FIXTURE = "/eval-fixture/queries/";

  private static Dataset toyDataset() throws IOException {
    Dataset dataset = DatasetFactory.createTxnMem();
    try (InputStream in = DatasetFactsTest.class.getResourceAsStream("/eval-fixture/toy.trig")) {
      Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, in, Lang.TRIG));
    }
    return dataset;
  }

  @Test
  void aToyGraphIsScoredThroughItsQueries() throws IOException {
    Report report =
        new Evaluator(PerfectRows.gold()).evaluate(DatasetFacts.of(toyDataset(), FIXTURE));
    assertEquals(List.of(DOC_004), report.evaluated());
    assertEquals(List.of(DOC_002), report.skipped());
    // identifier absent in gold and graph: right; kind differs in case only: right;
    // the gold has no date, the graph has one: spurious.
    assertEquals(new Counts(2, 1, 0), report.counts(Category.DOCUMENT));
    assertEquals("date: 2025-10-20", report.findings(Category.DOCUMENT).get(0).item());
    assertEquals(new Counts(1, 0, 9), report.counts(Category.QUESTIONS));
    assertEquals(new Counts(1, 0, 9), report.counts(Category.ANSWERED_BY));
    assertEquals(new Counts(1, 0, 3), report.counts(Category.FRACTIONS));
    assertEquals(new Counts(3, 0, 5), report.counts(Category.COUNTRIES));
    assertEquals(new Counts(1, 0, 1), report.counts(Category.PERSONS));
    assertEquals(new Counts(1, 0, 12), report.counts(Category.ORGANIZATIONS));
    assertEquals(new Counts(0, 0, 23), report.counts(Category.PROGRAMS));
    assertEquals(new Counts(2, 0, 74), report.counts(Category.QUESTION_MENTIONS));
    assertEquals(new Counts(1, 0, 0), report.counts(Category.AMOUNTS));
    assertEquals(
        new Counts(1, 0, 5), report.counts(Category.PERCENTAGES)); // 6 distinct gold values
    assertEquals(new Counts(1, 0, 23), report.counts(Category.RELATIONS));
  }

  @Test
  void rowsAreReadOnceAndKeepTheirStrings() throws IOException {
    DatasetFacts facts = DatasetFacts.of(toyDataset(), FIXTURE);
    List<Map<String, String>> amounts = facts.rows(ContractQuery.AMOUNTS);
    assertEquals(
        List.of(
            Map.of(
                "source",
                DOC_004,
                "value",
                "1150000000",
                "currency",
                "EUR",
                "subject",
                "Nederland")),
        amounts);
    assertTrue(amounts == facts.rows(ContractQuery.AMOUNTS), "second call should not re-run");
  }

  @Test
  void aQueryThatBreaksTheContractNamesTheMissingVariables() throws IOException {
    DatasetFacts facts = DatasetFacts.of(toyDataset(), "/eval-fixture/broken/");
    EvalException e = assertThrows(EvalException.class, () -> facts.rows(ContractQuery.DOCUMENTS));
    assertTrue(
        e.getMessage()
            .startsWith("/eval-fixture/broken/documents.rq: does not select ?doc, ?title;"),
        e.getMessage());
  }

  @Test
  void aMissingContractQueryStopsTheEvaluationWithItsName() throws IOException {
    DatasetFacts facts = DatasetFacts.of(toyDataset(), "/eval-fixture/broken/");
    EvalException e =
        assertThrows(EvalException.class, () -> facts.rows(ContractQuery.QUESTION_MENTIONS));
    assertTrue(
        e.getMessage().startsWith("/eval-fixture/broken/question-mentions.rq: no such query"),
        e.getMessage());
  }
}
