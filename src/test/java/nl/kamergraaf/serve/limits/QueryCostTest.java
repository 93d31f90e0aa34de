package nl.kamergraaf.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Which queries go to the expensive lane, judged from their algebra. */
class QueryCostTest {
  private static final String KG = "PREFIX kg: <https://w3id.org/kamergraaf/def#> ";

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT * { ?s ?p ?o }                                              | true",
        "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d }                    | true",
        "SELECT * { ?a a kg:Person . ?b a kg:Organisation }                 | true",
        "SELECT * { ?a a kg:Person OPTIONAL { ?a kg:x ?y } FILTER NOT EXISTS { ?a kg:z ?w } } | true",
        "SELECT * { ?a a kg:Person MINUS { ?a kg:z ?w } }                    | true",
        "SELECT * { ?a kg:partOf+ ?b }                                       | true",
        "SELECT * { ?a a kg:Person FILTER EXISTS { ?a kg:z ?w } }            | true",
        "SELECT * { { ?a a kg:Person } { ?b a kg:Organisation } }              | true",
        "SELECT * { { ?a a kg:Person } UNION { ?x ?y ?z } }                   | true",
        "SELECT * { ?a a kg:Person OPTIONAL { ?b a kg:Organisation } }        | true",
        "SELECT * { { SELECT ?a { ?a a kg:Person } } { SELECT ?b { ?b a kg:Organisation } } } | true",
        "SELECT (COUNT(*) AS ?n) { { SELECT * { ?a kg:x ?b } } { SELECT * { ?c kg:y ?d } } } | true",
        "SELECT * { ?a a kg:Person ; kg:name ?n OPTIONAL { ?a kg:age ?g } } | false",
        "SELECT * { ?a a kg:Person BIND(1 AS ?one) }                         | false",
        "SELECT * { ?a a kg:Person { SELECT (COUNT(*) AS ?n) { ?b a kg:Person } } } | false",
        "SELECT * { <https://w3id.org/kamergraaf/id/country/nl> ?p ?o }      | false",
        "SELECT * { ?s ?p <https://w3id.org/kamergraaf/id/country/nl> }      | false",
        "SELECT ?l { ?a a kg:Person ; kg:label ?l }                          | false",
        "DESCRIBE <https://w3id.org/kamergraaf/id/country/nl>                | false",
        "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }                               | false",
      })
  void judgesTheQuery(String query, boolean expensive) {
    assertEquals(expensive, QueryCost.isExpensive(QueryFactory.create(KG + query)));
  }

  static Stream<Path> contractQueries() throws IOException {
    return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted();
  }

  /** The queries the project publishes run in the fast lane. */
  @ParameterizedTest
  @MethodSource("contractQueries")
  void contractQueriesAreCheap(Path query) throws IOException {
    assertEquals(
        false,
        QueryCost.isExpensive(QueryFactory.create(Files.readString(query))),
        query.toString());
  }
}
