package nl.kamergraaf.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.build.text.SourceTexts;
import nl.kamergraaf.build.text.TextIndexBuild;
import nl.kamergraaf.build.text.TextIndexes;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Vocabularies;
import nl.kamergraaf.ingest.Document;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incremental build of a store: extract the documents whose content key is not in the cache (in
 * parallel, each to its own N-Quads file), then bulk-load the ontology and every document's file
 * into a fresh database and swap it in. Documents whose key did not change are not extracted again,
 * and their named graphs are loaded as they were; if no key changed, the database in service stays
 * and nothing is loaded.
 */
final class StoreUpdate {
  private static final Logger LOG = LoggerFactory.getLogger("nl.kamergraaf.store");
  static final String CACHE_DIR = "extracted";

  /** The manifest's name for the people tables' graph: a folder, so no document can have it. */
  static final String PEOPLE_SOURCE = "people/";

  private final CorpusBuilder builder;
  private final Path dir;
  private final boolean full;
  private final ExtractionCache cache;

  StoreUpdate(CorpusBuilder builder, Path storeDir, boolean full) {
    this.builder = builder;
    this.dir = storeDir.toAbsolutePath().normalize();
    this.full = full;
    this.cache = new ExtractionCache(dir.resolve(CACHE_DIR));
  }

  BuildSummary run(Path input, BuildListener listener) {
    long start = System.nanoTime();
    createStoreDir();
    BuildManifest before = full ? BuildManifest.empty() : BuildManifest.read(dir);
    DocumentKeys keys = DocumentKeys.forBase(builder.iris().base(), builder.people().fingerprint());
    // Source → key, in corpus order; a document that fails is taken out again.
    Map<String, String> now = new LinkedHashMap<>();
    int[] counts = {0, 0}; // extracted, reused
    List<String> rejected =
        ExtractionLoop.run(
            builder,
            input,
            listener,
            new ExtractionLoop.Steps<Cached>() {
              @Override
              public Function<DocumentExtractor, Cached> work(Document doc) {
                String key = keys.of(doc);
                now.put(doc.source(), key);
                keepText(doc, key);
                if (!full && cache.has(key)) {
                  counts[1]++;
                  listener.reused(doc.source());
                  return null;
                }
                return extractor -> extractToCache(extractor, doc, key);
              }

              @Override
              public void extracted(Document doc, Cached done) {
                counts[0]++;
                listener.built(doc.source(), done.quads(), done.millis());
              }

              @Override
              public void failed(String source, KamergraafException problem) {
                if (problem instanceof StoreException storeFault) {
                  // Not the document's fault (a full disk, an unwritable cache): a build that left
                  // it
                  // out would put a database with fewer documents in service.
                  throw storeFault;
                }
                now.remove(source);
              }
            });
    if (!builder.people().isEmpty()) {
      String key = keys.ofGraph(PEOPLE_SOURCE, builder.people().fingerprint());
      now.put(PEOPLE_SOURCE, key);
      if (full || !cache.has(key)) {
        long t0 = System.nanoTime();
        List<Quad> quads = builder.peopleQuads();
        writeToCache(key, quads);
        listener.built(PEOPLE_SOURCE, quads.size(), (System.nanoTime() - t0) / 1_000_000);
      }
    }

    Optional<Path> current = currentDatabase();
    if (!full
        && current.isPresent()
        && now.equals(before.keys())
        && current.get().getFileName().toString().equals(before.database())) {
      LOG.info("Store {}: nothing changed, {} stays in service", dir, before.database());
      return new BuildSummary(
          0, counts[1], rejected, before.quads(), millisSince(start), current.get(), true);
    }
    List<Path> extracted = now.values().stream().map(cache::file).toList();
    DiskSpace.require(dir, estimate(extracted), "a database of " + now.size() + " documents");
    long[] quads = {0};
    Path db =
        Store.buildBulk(
            dir,
            dsg -> {
              quads[0] = LoaderWatch.run(dir, () -> load(dsg, now.values()));
              // Inside the fresh database, so the index is swapped in (and removed) with it.
              indexTexts(dsg, input);
            },
            database -> DatabaseTexts.write(database, documentsOnly(now), cache));
    try {
      new BuildManifest(db.getFileName().toString(), quads[0], now).write(dir);
      cache.retainOnly(new HashSet<>(now.values()));
    } catch (IOException e) {
      // The new database is in service; without a manifest the next build just extracts again.
      LOG.warn(
          "Store {}: could not record what was built ({}); the next build extracts everything",
          dir,
          e.toString());
    }
    return new BuildSummary(
        counts[0], counts[1], rejected, quads[0], millisSince(start), db, false);
  }

  /** Keeps the text the document's quads count positions in, once per key, for the database. */
  private void keepText(Document doc, String key) {
    if (cache.hasText(key)) {
      return;
    }
    try {
      cache.writeText(key, doc.original());
    } catch (IOException e) {
      if (DiskSpace.isFull(e)) {
        throw new NoSpaceException(
            "no space left on the disk of "
                + dir
                + " while keeping the"
                + " text of "
                + doc.source()
                + ": the build stopped and the store is unchanged."
                + " Free some space, or build into another --store.",
            e);
      }
      throw new StoreException(
          "cannot keep the text of "
              + doc.source()
              + " in "
              + cache.textFile(key)
              + ": "
              + e
              + "; check that "
              + dir
              + " is writable",
          e);
    }
  }

  /** A document extracted to the cache: its quads, and the milliseconds extraction took. */
  private record Cached(long quads, long millis) {}

  private Cached extractToCache(DocumentExtractor extractor, Document doc, String key) {
    CorpusBuilder.Extracted extracted = builder.extract(extractor, doc);
    try {
      return new Cached(
          cache.write(key, out -> extracted.quads().forEach(out::quad)), extracted.millis());
    } catch (IOException | RuntimeException e) {
      if (DiskSpace.isFull(e)) {
        throw new NoSpaceException(
            "no space left on the disk of "
                + dir
                + " while writing the"
                + " extracted quads of "
                + doc.source()
                + ": the build stopped, no document was left"
                + " out and the store is unchanged. Free some space, or build into another --store.",
            e);
      }
      throw new StoreException(
          "cannot write the extracted quads of "
              + doc.source()
              + " to "
              + cache.file(key)
              + ": "
              + e
              + "; check that "
              + dir
              + " is writable",
          e);
    }
  }

  private void writeToCache(String key, List<Quad> quads) {
    try {
      cache.write(key, out -> quads.forEach(out::quad));
    } catch (IOException e) {
      throw new StoreException(
          "cannot write the people tables' quads to "
              + cache.file(key)
              + ": "
              + e
              + "; check the free space in "
              + dir,
          e);
    }
  }

  /** Loads the ontology and the documents' cached quads with Jena's phased bulk loader. */
  private long load(DatasetGraph dsg, Collection<String> documentKeys) {
    // Loading 10,000 documents takes tens of minutes: say how far it is, every tenth of a large
    // corpus.
    long started = System.nanoTime();
    int total = documentKeys.size();
    int step = total >= 100 ? total / 10 : Integer.MAX_VALUE;
    int loaded = 0;
    DataLoader loader =
        LoaderFactory.phasedLoader(dsg, (format, args) -> LOG.debug(String.format(format, args)));
    loader.startBulk();
    try {
      StreamRDF stream = loader.stream();
      stream.start();
      Vocabularies.PREFIXES.getNsPrefixMap().forEach(stream::prefix);
      builder.writeOntology(stream);
      stream.finish();
      for (String key : documentKeys) {
        try (InputStream in = cache.open(key)) {
          loader.loadFromInputStream(cache.file(key).getFileName().toString(), in, Lang.NQUADS);
        }
        loaded++;
        if (loaded % step == 0 && loaded < total) {
          LOG.info(
              "Store {}: loaded {} of {} documents ({} s)",
              dir,
              loaded,
              total,
              millisSince(started) / 1000);
        }
      }
      LOG.info(
          "Store {}: loaded {} documents ({} s); building the indexes",
          dir,
          total,
          millisSince(started) / 1000);
      loader.finishBulk();
      long quads = loader.countQuads();
      LOG.info(
          "Store {}: {} quads loaded and indexed in {} s",
          dir,
          String.format("%,d", quads),
          millisSince(started) / 1000);
      return quads;
    } catch (IOException | RuntimeException e) {
      loader.finishException(e);
      throw new StoreException(
          "loading the extracted quads from " + cache.dir() + " failed: " + e, e);
    }
  }

  private void indexTexts(DatasetGraph dsg, Path input) {
    long started = System.nanoTime();
    Path folder =
        TextIndexes.folderOf(dsg)
            .orElseThrow(
                () ->
                    new StoreException(
                        "the fresh database in " + dir + " has no folder for its text index"));
    int indexed = new TextIndexBuild(new SourceTexts(input)).write(dsg, folder);
    LOG.info(
        "Store {}: text index of {} documents, questions and answers written in {} s",
        dir,
        indexed,
        millisSince(started) / 1000);
  }

  /** The documents of {@code now}: the people tables' graph has no text of its own. */
  private static Map<String, String> documentsOnly(Map<String, String> now) {
    Map<String, String> out = new LinkedHashMap<>(now);
    out.remove(PEOPLE_SOURCE);
    return out;
  }

  private static long estimate(List<Path> extracted) {
    try {
      return DiskSpace.estimate(extracted);
    } catch (IOException e) {
      return 0; // a file gone: the loader will say which
    }
  }

  private Optional<Path> currentDatabase() {
    try {
      return new StoreLayout(dir).current().filter(Files::isDirectory);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void createStoreDir() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the store directory " + dir + ": " + e + "; choose another --store", e);
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
