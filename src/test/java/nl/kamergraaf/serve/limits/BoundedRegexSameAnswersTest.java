package nl.kamergraaf.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bounded functions answer exactly as Jena's own {@code REGEX} and {@code REPLACE}: the same
 * query, once as written and once bounded, gives the same row, errors included (unbound, or the
 * query ended).
 */
class BoundedRegexSameAnswersTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "REPLACE(\"Defensie en defensie\", \"defensie\", \"D\")",
        "REPLACE(\"Defensie en defensie\", \"defensie\", \"D\", \"i\")",
        "REPLACE(\"2,5 miljard\"@nl, \"([0-9]),([0-9])\", \"$1.$2\")",
        "REPLACE(\"geen treffer\", \"xyz\", \"-\")",
        "REPLACE(\"abc\", \"x*\", \"-\")",
        "REGEX(\"Abc\", LCASE(\"A\"), \"i\")",
        "REPLACE(42, \"4\", \"5\")",
        "REPLACE(\"a.b.c\", \".\", \"/\", \"q\")",
        "REGEX(\"PURL en EDIP\", \"^purl\", \"i\")",
        "REGEX(\"PURL en EDIP\", \"^EDIP\")",
        "REGEX(\"PURL\"@nl, \"R\")",
        "REGEX(<http://example.org/x>, \"x\")",
        "REGEX(\"regel\\neen\", \"^een\", \"m\")",
      })
  void boundedAnswersAsJena(String call) {
    Query asWritten = QueryFactory.create("SELECT ?v { BIND(" + call + " AS ?v) }");
    Query bounded = BoundedRegex.bound(asWritten);

    assertNotSame(asWritten, bounded);
    assertEquals(rows(asWritten), rows(bounded), call);
  }

  /**
   * The one difference: a pattern that only folding makes constant and that does not compile ends
   * the whole query in Jena, and is an error of its row here, as SPARQL's expression errors are
   * (BIND leaves the variable unbound).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "REPLACE(\"abc\", CONCAT(\"(\", \"\"), \"-\")",
        "REGEX(\"abc\", CONCAT(\"(\", \"\"))"
      })
  void aPatternThatDoesNotCompileIsAnErrorOfItsRow(String call) {
    Query asWritten = QueryFactory.create("SELECT ?v { BIND(" + call + " AS ?v) }");

    assertEquals(List.of("error: ExprEvalException"), rows(asWritten));
    assertEquals(Collections.singletonList("null"), rows(BoundedRegex.bound(asWritten)));
  }

  private static List<String> rows(Query query) {
    List<String> rows = new ArrayList<>();
    try (QueryExecution exec = QueryExecution.create(query, DatasetFactory.create())) {
      exec.execSelect().forEachRemaining(row -> rows.add(String.valueOf(row.get("v"))));
    } catch (ExprEvalException e) {
      // A pattern Java cannot compile ends the query, in Jena's REGEX and in ours.
      return List.of("error: " + e.getClass().getSimpleName());
    }
    return rows;
  }
}
