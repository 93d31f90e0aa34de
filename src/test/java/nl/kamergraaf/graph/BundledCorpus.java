package nl.kamergraaf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.BuildSummary;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.build.text.SourceTexts;
import nl.kamergraaf.build.text.TextIndexBuild;
import nl.kamergraaf.build.text.TextIndexes;
import nl.kamergraaf.extract.DocumentExtractor;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** The bundled corpus built once per test JVM into a real TDB2 store, shared by the tests. */
public final class BundledCorpus {
  public static final Path CORPUS = Path.of("data/corpus");

  /** How many documents {@link #CORPUS} holds. */
  public static final int DOCUMENTS = 5;

  private static Path storeDir;
  private static DatasetGraph dataset;
  private static BuildSummary summary;

  private BundledCorpus() {}

  /** The store directory, built on first use under a temporary folder. */
  public static synchronized Path store() {
    if (storeDir == null) {
      try {
        Path dir = Files.createTempDirectory("kamergraaf-test-store");
        CorpusBuilder builder = new CorpusBuilder(DocumentExtractor.load(), Iris.defaults());
        BuildSummary[] s = new BuildSummary[1];
        Store.buildFromStream(
            dir, stream -> s[0] = builder.build(CORPUS, stream, BuildListener.quiet()));
        summary = s[0];
        storeDir = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return storeDir;
  }

  public static synchronized BuildSummary summary() {
    store();
    return summary;
  }

  /**
   * The store opened for reading (union default graph), with its text index for {@code text:query}
   * written on first use as a build writes it; do not close.
   */
  public static synchronized DatasetGraph dataset() {
    if (dataset == null) {
      DatasetGraph dsg = Store.open(store());
      Path folder = TextIndexes.folderOf(dsg).orElseThrow();
      new TextIndexBuild(new SourceTexts(CORPUS)).write(dsg, folder);
      dataset = TextIndexes.attach(dsg, folder);
    }
    return dataset;
  }

  /** Counts quads in the store. */
  public static long quadCount() {
    return Txn.calculateRead(
        dataset(),
        () -> {
          long n = 0;
          var it = dataset().find();
          while (it.hasNext()) {
            it.next();
            n++;
          }
          return n;
        });
  }
}
