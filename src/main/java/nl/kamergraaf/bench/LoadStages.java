package nl.kamergraaf.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.BuildSummary;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.graph.Shapes;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loading the same quads two ways: our store build (a fresh database from the extracted N-Quads it
 * keeps per document, then the atomic swap), and Jena's phased bulk loader, what {@code
 * tdb2.tdbloader --loader=phased} runs, on the same quads in one N-Quads file.
 */
final class LoadStages {
  private final Path corpus;
  private final Path store;
  private final Path work;
  private final int repeat;

  LoadStages(Path corpus, Path store, Path work, int repeat) {
    this.corpus = corpus;
    this.store = store;
    this.work = work;
    this.repeat = repeat;
  }

  /** Writes the ontology and every cached document file into one N-Quads file; returns it. */
  Path concatenate() throws IOException {
    Path nq = work.resolve("corpus.nq");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
      StreamRDF w = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
      w.start();
      var g = Iris.defaults().ontologyGraph();
      Shapes.ontology().find().forEachRemaining(t -> w.quad(Quad.create(g, t)));
      w.finish();
      out.flush();
      List<Path> cached;
      try (Stream<Path> files = Files.list(store.resolve("extracted"))) {
        cached = files.filter(p -> p.toString().endsWith(".nq.gz")).sorted().toList();
      }
      for (Path f : cached) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
          in.transferTo(out);
        }
      }
    }
    return nq;
  }

  Measured tdbLoader(Path nquads, long quads) throws Exception {
    return Measured.repeat(
        "Jena tdb2 phased loader (baseline)",
        repeat,
        "quads",
        "LoaderFactory.phasedLoader, fresh database, one N-Quads file",
        () -> {
          Path db = Files.createTempDirectory(work, "tdbloader-");
          DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
          try {
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            return loader.countQuads();
          } finally {
            TDBInternal.expel(dsg);
            deleteTree(db);
          }
        });
  }

  /**
   * Our rebuild with every document unchanged but the manifest gone: a full load, no extraction.
   */
  Measured ours() throws Exception {
    CorpusBuilder builder =
        new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), 1).withValidation(false);
    return Measured.repeat(
        "our store build from extracted N-Quads",
        repeat,
        "quads",
        "read + hash every document, load all cached per-document files, swap",
        () -> {
          Files.deleteIfExists(store.resolve("manifest.tsv"));
          BuildSummary s = builder.buildStore(corpus, store, false, BuildListener.quiet());
          if (s.built() > 0 || !s.clean()) {
            throw new IllegalStateException("expected every document reused, got " + s);
          }
          return s.quads();
        });
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
