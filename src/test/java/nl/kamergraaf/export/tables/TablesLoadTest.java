package nl.kamergraaf.export.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.kamergraaf.graph.BundledCorpus;
import nl.kamergraaf.graph.EntityClasses;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables of the bundled corpus loaded by a real client: Python's csv module checks every cell
 * against the type datapackage.json gives it, the keys and the references (and pandas reads them,
 * where it is installed); the row counts it reports must be those SPARQL gives. Skipped when there
 * is no python3.
 */
@Tag("slow") // Python child processes (csv, pandas)
class TablesLoadTest {
  private static final String PREFIXES =
      """
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      PREFIX oa: <http://www.w3.org/ns/oa#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      """;

  /** Rows each table must have, counted straight from the graph. */
  private static final Map<String, String> COUNTS = new LinkedHashMap<>();

  static {
    COUNTS.put("documents", "?x a kg:Document");
    COUNTS.put("questions", "?x a kg:Question");
    COUNTS.put("answers", "?x a kg:Answer");
    // one row per place: a mention node lists each place its words stand
    COUNTS.put("mentions", "?m oa:hasBody ?e ; kg:span ?s BIND(CONCAT(STR(?m), \" \", ?s) AS ?x)");
    COUNTS.put("amounts", "?x a kg:Amount");
    COUNTS.put("percentages", "?x a kg:Percentage");
    COUNTS.put("relations", "?x a kg:RelationStatement");
    COUNTS.put("entities", "?x a ?c " + EntityClasses.values("c"));
    COUNTS.put("memberships", "?x a kg:RelationStatement ; rdf:predicate kg:member-of");
  }

  @TempDir Path tmp;

  @Test
  void pythonLoadsEveryTableWithTheRowCountsSparqlGives() throws Exception {
    String python = interpreter();
    Assumptions.assumeTrue(python != null, "no python3 to load the tables with");
    Map<String, Integer> written = TablesExport.toFolder(BundledCorpus.dataset(), tmp);
    Path script = tmp.resolve("check_tables.py");
    try (var in = getClass().getResourceAsStream("/nl/kamergraaf/export/check_tables.py")) {
      Files.copy(in, script);
    }
    Process p =
        new ProcessBuilder(python, script.toString(), tmp.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "python finished");
    assertEquals(0, p.exitValue(), out);
    JsonNode loaded = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElse("{}"));
    assertEquals(COUNTS.keySet(), written.keySet(), "one table per query file");
    for (Map.Entry<String, String> table : COUNTS.entrySet()) {
      long expected = count(table.getValue());
      assertTrue(expected > 0, table.getKey() + " has rows in the bundled corpus");
      assertEquals(expected, loaded.path(table.getKey()).asLong(-1), table.getKey() + ": " + out);
    }
  }

  @Test
  void everyDeclaredColumnIsSelectedInItsOrder() {
    assertEquals(
        List.copyOf(COUNTS.keySet()), TableSpec.all().stream().map(TableSpec::name).toList());
    for (TableSpec t : TableSpec.all()) {
      String select = t.query().substring(t.query().indexOf("SELECT"), t.query().indexOf("WHERE"));
      List<String> vars =
          Arrays.stream(select.split("\\s+"))
              .filter(w -> w.startsWith("?"))
              .map(w -> w.substring(1))
              .toList();
      assertEquals(t.columnNames(), vars, t.name());
      assertTrue(t.columnNames().contains(t.key()), t.name() + " key");
      if (!t.name().equals("documents") && !t.name().equals("entities")) {
        assertTrue(
            t.columnNames().containsAll(List.of("source", "start", "end")),
            t.name() + " says where each row was read");
      }
    }
  }

  private static long count(String pattern) {
    return Txn.calculateRead(
        BundledCorpus.dataset(),
        () -> {
          try (QueryExec qe =
              QueryExec.dataset(BundledCorpus.dataset())
                  .query(PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + pattern + " }")
                  .build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
          }
        });
  }

  /** A python3 that has pandas if one does, else any python3, else null. */
  private static String interpreter() throws InterruptedException {
    String any = null;
    for (String candidate : List.of("python3", "/usr/bin/python3")) {
      if (runs(candidate, "import pandas")) {
        return candidate;
      }
      if (any == null && runs(candidate, "import csv")) {
        any = candidate;
      }
    }
    return any;
  }

  private static boolean runs(String python, String code) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(python, "-c", code).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
