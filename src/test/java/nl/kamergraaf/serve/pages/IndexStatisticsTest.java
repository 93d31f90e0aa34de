package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Counts read from the sorted indexes equal what SPARQL's COUNT(DISTINCT …) gives on the union
 * graph.
 */
class IndexStatisticsTest {
  private final DatasetGraph dsg = BundledCorpus.dataset();

  @Test
  void countsEqualSparqlCountDistinctOnTheBundledStore() {
    IndexStatistics.Counts c = IndexStatistics.count(dsg);
    Binding row =
        rows("SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s1) (COUNT(DISTINCT ?o) AS ?o1) "
                + "WHERE { ?s ?p ?o }")
            .next();
    assertEquals(number(row, "t"), c.triples());
    assertEquals(number(row, "s1"), c.subjects());
    assertEquals(number(row, "o1"), c.objects());
    assertTrue(
        c.triples() > 10_000, "the bundled corpus has over ten thousand triples: " + c.triples());

    Map<Node, Long> classes = new LinkedHashMap<>();
    rows("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")
        .forEachRemaining(r -> classes.put(r.get("c"), number(r, "n")));
    assertEquals(classes, c.classes());
    assertTrue(classes.size() > 10, classes.keySet().toString());

    TreeSet<String> predicates = new TreeSet<>();
    rows("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")
        .forEachRemaining(r -> predicates.add(r.get("p").getURI()));
    assertEquals(predicates, c.predicates());
  }

  @Test
  void aDatasetThatIsNotTdb2IsRefusedClearly() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndexStatistics.count(DatasetGraphFactory.create()));
    assertTrue(e.getMessage().contains("not a TDB2 database"), e.getMessage());
  }

  private RowSet rows(String query) {
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            return qe.select().materialize();
          }
        });
  }

  private static long number(Binding row, String var) {
    return ((Number) row.get(var).getLiteralValue()).longValue();
  }
}
