package nl.kamergraaf.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.ingest.Document;

/**
 * The loop every build runs, written once: read each document of a folder, extract it on the
 * builder's pool of extractors, and hand each result back on the calling thread in corpus order; a
 * document that cannot be read or extracted is reported to the listener and left out while the
 * others go on. What a build does with a document before and after extraction is its {@link Steps}:
 * {@link CorpusBuilder#build} streams the quads out, {@link StoreUpdate} caches them.
 */
final class ExtractionLoop {
  private ExtractionLoop() {}

  /** What one build does with each document; {@code R} is what extraction gives it. */
  interface Steps<R> {
    /**
     * Called on the calling thread for each document read, in corpus order: the extraction to run
     * on the pool, or null when the document needs none (its quads are cached).
     */
    Function<DocumentExtractor, R> work(Document doc);

    /** Takes one document's result, on the calling thread, in corpus order. */
    void extracted(Document doc, R result);

    /**
     * Hears that a document failed before it is reported as rejected; may throw instead, to end the
     * build (a fault that is not the document's own).
     */
    default void failed(String source, KamergraafException problem) {}
  }

  /**
   * Runs {@code steps} over the documents in {@code input}; returns the messages of the documents
   * rejected (also told to {@code listener}).
   */
  static <R> List<String> run(
      CorpusBuilder builder, Path input, BuildListener listener, Steps<R> steps) {
    List<String> rejected = new ArrayList<>();
    try (ExtractionPool pool = builder.pool()) {
      OrderedResults<R> results =
          new OrderedResults<>(
              2 * builder.threads(),
              (source, problem) -> {
                steps.failed(source, problem);
                rejected.add(problem.getMessage());
                listener.rejected(problem);
              });
      builder
          .reader()
          .read(
              input,
              doc -> {
                Function<DocumentExtractor, R> work = steps.work(doc);
                if (work != null) {
                  results.add(
                      doc.source(), pool.submit(doc, work), result -> steps.extracted(doc, result));
                }
              },
              bad -> {
                rejected.add(bad.getMessage());
                listener.rejected(bad);
              },
              listener::warned);
      results.drain();
    }
    return rejected;
  }
}
