package nl.kamergraaf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.BundledCorpus;
import nl.kamergraaf.graph.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild extracts only the documents whose content changed, replaces their named graphs, keeps
 * the others' graphs as they were, and with nothing changed leaves the database in service.
 */
class IncrementalBuildTest {
  private static final String CHANGED = "002_13d841ed3eb9d257.txt";
  private static final String KEPT = "004_62cc81db4921119a.txt";
  private static DocumentExtractor extractor;

  @TempDir Path corpus;
  @TempDir Path store;

  @BeforeAll
  static void loadExtractor() {
    extractor = DocumentExtractor.load();
  }

  private BuildSummary build(boolean full) {
    // One shared extractor on one thread: loading the rules is the slow part of a small build.
    return new CorpusBuilder(() -> extractor, Iris.defaults(), 1)
        .buildStore(corpus, store, full, BuildListener.quiet());
  }

  @Test
  void unchangedDocumentsAreReusedAndOnlyTheChangedGraphIsReplaced() throws IOException {
    copy(CHANGED);
    copy(KEPT);
    BuildSummary first = build(false);
    assertEquals(2, first.built());
    assertEquals(0, first.reused());
    assertFalse(first.upToDate());

    BuildSummary again = build(false);
    assertTrue(again.upToDate(), "nothing changed");
    assertEquals(0, again.built());
    assertEquals(2, again.reused());
    assertEquals(first.database(), again.database(), "the database in service stays");
    assertEquals(first.quads(), again.quads());

    Set<Quad> keptBefore = graph(first.database(), KEPT);
    Set<Quad> changedBefore = graph(first.database(), CHANGED);
    Files.writeString(
        corpus.resolve(CHANGED),
        "\n\nDe Minister van Defensie,\n\nK.H. Ollongren\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    BuildSummary third = build(false);
    assertFalse(third.upToDate());
    assertEquals(1, third.built(), "only the changed document is extracted");
    assertEquals(1, third.reused());
    assertNotEquals(first.database(), third.database(), "a fresh database is swapped in");
    assertEquals(keptBefore, graph(third.database(), KEPT), "the unchanged graph is as it was");
    Set<Quad> changedAfter = graph(third.database(), CHANGED);
    assertNotEquals(changedBefore, changedAfter, "the changed document's graph is replaced");
    assertTrue(
        changedAfter.stream()
            .anyMatch(
                q ->
                    q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().contains("Ollongren")),
        "with the new text");
  }

  @Test
  void aRemovedDocumentLosesItsGraphAndFullExtractsEverything() throws IOException {
    copy(CHANGED);
    copy(KEPT);
    build(false);
    Files.delete(corpus.resolve(CHANGED));

    BuildSummary after = build(false);
    assertFalse(after.upToDate());
    assertEquals(0, after.built());
    assertEquals(1, after.reused());
    assertTrue(graph(after.database(), CHANGED).isEmpty(), "the removed document's graph is gone");
    assertFalse(graph(after.database(), KEPT).isEmpty());
    try (var cached = Files.list(store.resolve(StoreUpdate.CACHE_DIR))) {
      // One document: its quads and the text they were extracted from.
      assertEquals(
          List.of(".nq.gz", ".txt.gz"),
          cached
              .map(f -> f.getFileName().toString().replaceAll("^[0-9a-f]+", ""))
              .sorted()
              .toList(),
          "the cache keeps only what the store holds");
    }

    BuildSummary full = build(true);
    assertEquals(1, full.built());
    assertEquals(0, full.reused());
    assertFalse(full.upToDate());
  }

  private void copy(String name) throws IOException {
    Files.copy(BundledCorpus.CORPUS.resolve(name), corpus.resolve(name));
  }

  private Set<Quad> graph(Path database, String source) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(database.toString());
    try {
      Node g = Iris.defaults().graph(source);
      return Txn.calculateRead(
          dsg,
          () -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
          });
    } finally {
      TDBInternal.expel(dsg);
    }
  }
}
