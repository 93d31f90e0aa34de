package nl.kamergraaf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamergraaf.graph.StoreTestData;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  private static final Path DOC_002 = Path.of("data", "corpus", "002_13d841ed3eb9d257.txt");
  private static final Node MARKER =
      NodeFactory.createURI(StoreTestData.NS + "written-by-the-failed-build");

  @TempDir Path store;

  @Test
  void buildWritesEveryDocumentIntoItsOwnNamedGraph() {
    Store.buildFromStream(store, StoreTestData::writeCorpus);

    DatasetGraph dsg = Store.open(store);
    try {
      Txn.executeRead(
          dsg,
          () -> {
            for (Path file : StoreTestData.corpusFiles()) {
              Node graph = StoreTestData.graphOf(file);
              Node label = NodeFactory.createLiteralString(file.getFileName().toString());
              assertTrue(
                  dsg.contains(graph, StoreTestData.documentOf(file), RDFS.label.asNode(), label),
                  "label of " + file + " in its graph");
            }
            long quads = count(dsg.find(StoreTestData.graphOf(DOC_002), null, null, null));
            assertEquals(2 + 4 * StoreTestData.nonBlankLines(DOC_002), quads);
            assertTrue(dsg.getDefaultGraph().isEmpty(), "facts live in named graphs only");
          });
    } finally {
      Store.close(dsg);
    }
  }

  @Test
  void queryWithoutGraphClauseSeesTheUnionOfTheNamedGraphs() {
    Store.buildFromStream(store, StoreTestData::writeCorpus);

    DatasetGraph dsg = Store.open(store);
    try {
      List<String> docs = selectDocumentLabels(dsg);
      List<String> expected =
          StoreTestData.corpusFiles().stream().map(f -> f.getFileName().toString()).toList();
      assertEquals(expected, docs);
    } finally {
      Store.close(dsg);
    }
  }

  @Test
  void failingWriterLeavesTheStoreInServiceUntouched() throws IOException {
    Path first = Store.buildFromStream(store, out -> StoreTestData.writeDocument(DOC_002, out));

    StoreException e =
        assertThrows(
            StoreException.class,
            () ->
                Store.build(
                    store,
                    dsg -> {
                      dsg.add(StoreTestData.graphOf(DOC_002), MARKER, MARKER, MARKER);
                      throw new IllegalStateException("extractor gave up half-way");
                    }));

    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getMessage().contains("extractor gave up half-way"), e.getMessage());
    assertTrue(
        e.getMessage().contains(first.getFileName() + " is still in service"), e.getMessage());
    assertEquals(first.getFileName(), Files.readSymbolicLink(store.resolve("current")));
    assertEquals(List.of(first.getFileName().toString()), databaseNames());

    DatasetGraph dsg = Store.open(store);
    try {
      assertEquals(List.of("002_13d841ed3eb9d257.txt"), selectDocumentLabels(dsg));
      Txn.executeRead(dsg, () -> assertFalse(dsg.contains(Node.ANY, MARKER, MARKER, MARKER)));
    } finally {
      Store.close(dsg);
    }
  }

  @Test
  void secondBuildSwapsWhileTheOldDatabaseStaysReadable() throws IOException {
    Path first = Store.buildFromStream(store, out -> StoreTestData.writeDocument(DOC_002, out));
    DatasetGraph before = Store.open(store);
    try {
      Path second = Store.buildFromStream(store, StoreTestData::writeCorpus);

      assertEquals(second.getFileName(), Files.readSymbolicLink(store.resolve("current")));
      assertEquals(first.getFileName(), Files.readSymbolicLink(store.resolve("previous")));
      DatasetGraph after = Store.open(store);
      try {
        assertEquals(StoreTestData.corpusFiles().size(), selectDocumentLabels(after).size());
      } finally {
        Store.close(after);
      }
      // A server that opened the first database keeps answering from it.
      assertEquals(List.of("002_13d841ed3eb9d257.txt"), selectDocumentLabels(before));

      Path third = Store.buildFromStream(store, out -> StoreTestData.writeDocument(DOC_002, out));
      assertEquals(
          Set.of(second.getFileName().toString(), third.getFileName().toString()),
          Set.copyOf(databaseNames()),
          "only current and previous are kept");
    } finally {
      Store.close(before);
    }
  }

  @Test
  void nextBuildClearsWhatAKilledBuildLeftBehind() throws IOException {
    Path first = Store.buildFromStream(store, out -> StoreTestData.writeDocument(DOC_002, out));
    // A killed build leaves a database directory that no link points to.
    Path orphan = store.resolve("db-20240101-120000-000");
    DatasetGraph killed = DatabaseMgr.connectDatasetGraph(orphan.toString());
    Txn.executeWrite(killed, () -> killed.add(Quad.create(MARKER, MARKER, MARKER, MARKER)));
    TDBInternal.expel(killed);

    Path next = Store.buildFromStream(store, StoreTestData::writeCorpus);

    assertFalse(Files.exists(orphan), "the orphan database is removed");
    assertEquals(
        Set.of(first.getFileName().toString(), next.getFileName().toString()),
        Set.copyOf(databaseNames()));
    DatasetGraph dsg = Store.open(store);
    try {
      assertEquals(StoreTestData.corpusFiles().size(), selectDocumentLabels(dsg).size());
    } finally {
      Store.close(dsg);
    }
  }

  @Test
  void secondBuildAtTheSameTimeIsRefused() throws IOException {
    StoreException[] refused = new StoreException[1];
    Path built =
        Store.build(
            store,
            dsg -> {
              refused[0] =
                  assertThrows(StoreException.class, () -> Store.build(store, other -> {}));
              StoreTestData.writeDocument(DOC_002, StreamRDFLib.dataset(dsg));
            });

    assertTrue(
        refused[0].getMessage().contains("another build is writing"), refused[0].getMessage());
    assertEquals(built.getFileName(), Files.readSymbolicLink(store.resolve("current")));
    assertEquals(List.of(built.getFileName().toString()), databaseNames());
  }

  @Test
  void openingAnEmptyStoreSaysHowToBuildOne() {
    Path missing = store.resolve("never-built");

    StoreException e = assertThrows(StoreException.class, () -> Store.open(missing));

    assertTrue(e.getMessage().startsWith("no store at " + missing), e.getMessage());
    assertTrue(e.getMessage().contains("kamergraaf build --input DIR --store"), e.getMessage());
    StoreException empty = assertThrows(StoreException.class, () -> Store.open(store));
    assertTrue(empty.getMessage().startsWith("no store at " + store), empty.getMessage());
  }

  /** Labels of every document, by a query with no GRAPH clause. */
  private static List<String> selectDocumentLabels(DatasetGraph dsg) {
    String query =
        "SELECT ?label { ?doc a <"
            + StoreTestData.DOCUMENT.getURI()
            + "> ; <"
            + RDFS.label.getURI()
            + "> ?label } ORDER BY ?label";
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rows = exec.select();
            return rows.stream().map(row -> row.get("label").getLiteralLexicalForm()).toList();
          }
        });
  }

  private List<String> databaseNames() throws IOException {
    try (Stream<Path> entries = Files.list(store)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("db-"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static long count(Iterator<Quad> quads) {
    long n = 0;
    while (quads.hasNext()) {
      quads.next();
      n++;
    }
    return n;
  }
}
