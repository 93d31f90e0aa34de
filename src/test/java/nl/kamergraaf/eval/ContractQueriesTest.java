package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Loading queries from the classpath and turning their solutions into rows of strings. */
class ContractQueriesTest {

  private static Dataset smallDataset() {
    Dataset dataset = DatasetFactory.createTxnMem();
    Txn.executeWrite(
        dataset,
        () -> {
          Model graph = dataset.getNamedModel("urn:test:graph");
          Resource doc = graph.createResource("urn:test:doc");
          doc.addProperty(
              graph.createProperty("urn:test:a-date"),
              graph.createTypedLiteral("2026-03-09", XSDDatatype.XSDdate));
          doc.addProperty(graph.createProperty("urn:test:b-blank"), graph.createResource());
          doc.addProperty(
              graph.createProperty("urn:test:c-link"), graph.createResource("urn:test:ua"));
          doc.addProperty(RDFS.label, graph.createLiteral("Oekraïne", "nl"));
        });
    return dataset;
  }

  @Test
  void rowsHoldLexicalFormsAndIrisAndLeaveUnboundVariablesOut() {
    List<Map<String, String>> rows = ContractQueries.run(smallDataset(), "test-echo");
    assertEquals(4, rows.size());
    // Sorted by ?p: the rdfs: IRI (http:…) sorts before the urn:test: ones.
    assertEquals(RDFS.label.getURI(), rows.get(0).get("p"));
    assertEquals("Oekraïne", rows.get(0).get("o"));
    assertEquals(
        Map.of(
            "g", "urn:test:graph", "s", "urn:test:doc", "p", "urn:test:a-date", "o", "2026-03-09"),
        rows.get(1));
    String blank = rows.get(2).get("o");
    assertFalse(blank == null || blank.isBlank());
    assertEquals("urn:test:ua", rows.get(3).get("o"));
    assertTrue(rows.stream().noneMatch(r -> r.containsKey("missing")));
  }

  @Test
  void aMissingQueryFileSaysWhichAndWhereToPutIt() {
    EvalException e =
        assertThrows(
            EvalException.class, () -> ContractQueries.run(smallDataset(), "no-such-query"));
    assertTrue(
        e.getMessage().startsWith("/queries/no-such-query.rq: no such query"), e.getMessage());
    assertTrue(e.getMessage().contains("add queries/no-such-query.rq"), e.getMessage());
  }

  @Test
  void aSyntaxErrorIsReportedWithFileLineAndColumn() {
    EvalException e =
        assertThrows(
            EvalException.class,
            () -> ContractQueries.run(smallDataset(), "/eval-fixture/broken/", "syntax"));
    assertTrue(e.getMessage().startsWith("/eval-fixture/broken/syntax.rq:3:"), e.getMessage());
  }

  @Test
  void aQueryThatReturnsAGraphIsRefused() {
    EvalException e =
        assertThrows(
            EvalException.class,
            () -> ContractQueries.run(smallDataset(), "/eval-fixture/broken/", "construct"));
    assertTrue(e.getMessage().contains("is not a SELECT query"), e.getMessage());
  }
}
