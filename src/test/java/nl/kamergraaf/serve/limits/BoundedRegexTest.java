package nl.kamergraaf.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import nl.kamergraaf.serve.ServedCorpus;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One {@code REGEX} or {@code REPLACE} match that backtracks without end is stopped, which the
 * query timeout alone cannot do (it is checked between rows); ordinary patterns answer as before,
 * over HTTP on the bundled corpus.
 */
@Tag("slow") // runaway patterns stopped by their bound
class BoundedRegexTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  /**
   * On a line with n letters a and no x, every way of choosing 12 of them is tried: for a line of a
   * few hundred characters that is more than 10^15 steps.
   */
  private static final String RUNAWAY_REGEX =
      """
      SELECT ?q WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?q
        FILTER(REGEX(?q, "(.*a){12}x")) }""";

  private static final String RUNAWAY_REPLACE =
      """
      SELECT (MAX(STRLEN(?r)) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?q
        BIND(REPLACE(?q, "(.*a){12}x", "-") AS ?r) }""";

  @RegisterExtension
  static final ServedCorpus served =
      ServedCorpus.forEachClass(server -> server.queryTimeout(TIMEOUT));

  /** The same two functions by their XPath names, which once escaped the bound. */
  private static final String RUNAWAY_FN_MATCHES =
      """
      PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
      SELECT ?q WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?q
        FILTER(fn:matches(?q, "(.*a){12}x")) }""";

  private static final String RUNAWAY_FN_REPLACE =
      """
      PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
      SELECT (MAX(STRLEN(?r)) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?q
        BIND(fn:replace(?q, "(.*a){12}x", "-") AS ?r) }""";

  /** And by SPARQL's own function IRI, behind a prefix that hides the name. */
  private static final String RUNAWAY_SPARQL_REGEX =
      """
      PREFIX s: <http://www.w3.org/ns/sparql#re>
      SELECT ?q WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?q
        FILTER(s:gex(?q, "(.*a){12}x")) }""";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        RUNAWAY_REGEX,
        RUNAWAY_REPLACE,
        RUNAWAY_FN_MATCHES,
        RUNAWAY_FN_REPLACE,
        RUNAWAY_SPARQL_REGEX
      })
  void aRunawayPatternEndsWithinTheTimeout(String query) {
    long start = System.nanoTime();
    var response = served.query("/sparql", query, "text/csv");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(503, response.statusCode(), response.body());
    assertTrue(took.compareTo(TIMEOUT.plusSeconds(2)) < 0, "took " + took);
  }

  @Test
  void ordinaryPatternsMatchAsInSparql() {
    assertEquals(count("REGEX(?l, \"PURL\")"), count("CONTAINS(?l, \"PURL\")"));
    assertEquals(count("REGEX(?l, \"purl\", \"i\")"), count("CONTAINS(UCASE(?l), \"PURL\")"));
    assertEquals(count("REGEX(?l, \"^Vraag\")"), count("STRSTARTS(?l, \"Vraag\")"));
    assertTrue(count("REGEX(?l, \"PURL\")") > 3);
  }

  @Test
  void aPatternFromTheDataIsCompiledPerRow() {
    // The pattern is the line itself with every sign but letters, digits and spaces a wildcard.
    int self = count("REGEX(?l, CONCAT(\"^\", REPLACE(?l, \"[^A-Za-z0-9 ]\", \".\"), \"$\"))");

    assertEquals(count("true"), self);
    assertTrue(self > 100, "lines: " + self);
  }

  /** How many lines of the corpus pass the filter. */
  private static int count(String filter) {
    var response =
        served.query(
            "/sparql",
            """
        SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l
          FILTER(%s) }"""
                .formatted(filter),
            "text/csv");
    assertEquals(200, response.statusCode(), response.body());
    return Integer.parseInt(response.body().split("\r\n")[1]);
  }

  @Test
  void queriesWithoutRegexAreLeftAsTheyAre() {
    Query plain = QueryFactory.create("SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"x\")) }");
    Query withRegex = QueryFactory.create("SELECT * { ?s ?p ?o FILTER(regex(STR(?o), \"x\")) }");

    assertSame(plain, BoundedRegex.bound(plain));
    Query bounded = BoundedRegex.bound(withRegex);
    assertNotSame(withRegex, bounded);
    assertTrue(bounded.toString().contains("bounded-regex"), bounded.toString());
    assertTrue(
        !bounded.toString().toLowerCase(Locale.ROOT).contains("regex(str"), bounded.toString());
  }
}
