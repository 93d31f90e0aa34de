package nl.kamergraaf.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.kamergraaf.serve.limits.LimitedQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query cannot build text or triples without end: doubling a value, concatenating a product and
 * multiplying a CONSTRUCT template by its rows each end with a 503 that says why, or within a cap
 * the client is told about, and the server answers as before afterwards.
 */
@Tag("slow") // runaway queries stopped by their bounds and timeouts
class BuiltValuesTest {
  private static final String LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>";
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(server -> server.queryTimeout(TIMEOUT).responseCache(0));

  /** About 1 KB of query that doubles a ten-letter word 26 times: 670 million characters. */
  @Test
  void doublingAValueEndsLongBeforeTheHeapDoes() {
    StringBuilder q =
        new StringBuilder("SELECT (STRLEN(?a26) AS ?n) { BIND(\"kamergraaf\" AS ?a0)");
    for (int i = 1; i <= 26; i++) {
      q.append(" BIND(CONCAT(?a")
          .append(i - 1)
          .append(", ?a")
          .append(i - 1)
          .append(") AS ?a")
          .append(i)
          .append(')');
    }
    q.append(" }");
    long start = System.nanoTime();
    var response = served.query("/sparql", q.toString(), "text/csv");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(response.body().contains("characters"), response.body());
    assertTrue(took.compareTo(TIMEOUT) < 0, "took " + took);
    assertStillAnswers();
  }

  @Test
  void concatenatingAProductEndsAtTheBound() {
    var response =
        served.query(
            "/sparql",
            "SELECT (GROUP_CONCAT(?l) AS ?all) { ?a " + LABEL + " ?l . ?b " + LABEL + " ?m }",
            "text/csv");

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(response.body().contains("characters"), response.body());
    assertStillAnswers();
  }

  @Test
  void aLargeTemplateGetsFewerRowsAndTheClientIsTold() {
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      template.append("?s <urn:x:p").append(i).append("> ?o . ");
    }
    var response =
        served.query(
            "/sparql", "CONSTRUCT { " + template + "} WHERE { ?s ?p ?o }", "application/n-triples");

    assertEquals(200, response.statusCode(), response.body());
    long triples = response.body().lines().count();
    assertTrue(triples <= LimitedQuery.MAX_CONSTRUCT_TRIPLES, triples + " triples");
    assertEquals("true", response.headers().firstValue(LimitedQuery.CAPPED_HEADER).orElse(""));
    assertEquals(
        Long.toString(LimitedQuery.MAX_CONSTRUCT_TRIPLES / 50),
        response.headers().firstValue(LimitedQuery.ROW_CAP_HEADER).orElse(""));
  }

  @Test
  void ordinaryTextFunctionsAnswerAsBefore() {
    var response =
        served.query(
            "/sparql",
            "SELECT (CONCAT(UCASE(\"ab\"), \"-\", REPLACE(\"xyx\","
                + " \"y\", \"z\")) AS ?t) (GROUP_CONCAT(?w; SEPARATOR=\"+\") AS ?g) "
                + "{ VALUES ?w { \"a\" \"b\" } }",
            "text/csv");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("t,g\r\nAB-xzx,a+b\r\n", response.body());
  }

  private static void assertStillAnswers() {
    var after =
        served.query("/sparql", "SELECT (COUNT(*) AS ?n) { ?s " + LABEL + " ?o }", "text/csv");
    assertEquals(200, after.statusCode(), after.body());
  }
}
