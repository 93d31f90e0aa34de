package nl.kamergraaf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nl.kamergraaf.graph.StoreTestData;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A build in another JVM killed with {@code destroyForcibly} (SIGKILL) at several moments: the
 * database in service, held open here as a server would, keeps answering; the store's {@code
 * current} link always names a whole database; and the next build succeeds.
 */
@Tag("slow") // child JVMs killed during a build
class KilledBuildTest {
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

  @TempDir Path store;

  /**
   * {@code marker}: the child's line after which it is killed, {@code delayMillis} later; "" kills
   * it while the JVM is still starting.
   */
  @ParameterizedTest(name = "killed {1} ms after ''{0}''")
  @CsvSource({
    "'', 0",
    "writing, 0",
    "wrote 5000, 0",
    "writer-done, 0",
    "writer-done, 150",
  })
  void killedBuildLeavesTheServedStoreIntactAndTheNextBuildSucceeds(String marker, long delay)
      throws Exception {
    Path served = Store.buildFromStream(store, StoreTestData::writeCorpus);
    DatasetGraph dsg = Store.open(store);
    try {
      long before = count(dsg);

      List<String> said = killChild(marker, delay);

      assertEquals(before, count(dsg), "the served database after the kill; child said " + said);
      Path current = store.resolve("current").toRealPath();
      long inService = current.equals(served.toRealPath()) ? count(dsg) : countOf(current);
      // Either the old database, or the child's whole one if it was killed after its swap.
      assertTrue(
          inService == before || inService == SlowBuildChild.QUADS,
          "current " + current + " holds " + inService + " quads; child said " + said);

      Path next = Store.buildFromStream(store, StoreTestData::writeCorpus);
      DatasetGraph reopened = Store.open(store);
      try {
        assertEquals(before, count(reopened), "the next build, " + next);
      } finally {
        Store.close(reopened);
      }
    } finally {
      Store.close(dsg);
    }
  }

  @Test
  void aKilledRealBuildLeavesTheStoreUsable(@TempDir Path input) throws Exception {
    for (Path file : StoreTestData.corpusFiles()) {
      Files.copy(file, input.resolve(file.getFileName()));
    }
    Path served = Store.buildFromStream(store, StoreTestData::writeCorpus);
    DatasetGraph dsg = Store.open(store);
    try {
      long before = count(dsg);
      Process build =
          child(
              "nl.kamergraaf.Main",
              "build",
              "--input",
              input.toString(),
              "--store",
              store.toString());
      // Killed once the first document has been extracted and written.
      List<String> said = readUntil(build, line -> line.startsWith("  [1] "));
      build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      assertEquals(before, count(dsg), "child said " + said);
      assertEquals(served.toRealPath(), store.resolve("current").toRealPath());
    } finally {
      Store.close(dsg);
    }
    Store.buildFromStream(store, StoreTestData::writeCorpus);
  }

  private List<String> killChild(String marker, long delay) throws Exception {
    Process child = child(SlowBuildChild.class.getName(), store.toString());
    List<String> said = marker.isEmpty() ? List.of() : readUntil(child, marker::equals);
    if (delay > 0) {
      Thread.sleep(delay);
    }
    child.destroyForcibly();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    return said;
  }

  private static Process child(String mainClass, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Reads the child's output until a line matches; fails if it ends first. */
  private static List<String> readUntil(Process child, Predicate<String> stop) throws IOException {
    List<String> said = new ArrayList<>();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      said.add(line);
      if (stop.test(line)) {
        return said;
      }
    }
    throw new AssertionError("the child ended before the moment to kill it: " + said);
  }

  private static long count(DatasetGraph dsg) {
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExec exec = QueryExec.dataset(dsg).query(COUNT).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
          }
        });
  }

  private static long countOf(Path db) {
    DatasetGraph other = DatabaseMgr.connectDatasetGraph(db.toString());
    try {
      return count(other);
    } finally {
      TDBInternal.expel(other);
    }
  }
}
