package nl.kamergraaf.graph;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kamergraaf.extract.DocumentExtractor;

/**
 * A fixed pool of extraction threads, each with its own {@link DocumentExtractor}: the extractor
 * keeps tokenizer state and is not thread-safe, and loading one is costly, so each thread loads
 * one the first time it needs it and keeps it.
 */
final class ExtractionPool implements AutoCloseable {
  private final ExecutorService executor;
  private final ThreadLocal<DocumentExtractor> extractors;
  private final int threads;

  ExtractionPool(Supplier<DocumentExtractor> extractors, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.extractors = ThreadLocal.withInitial(extractors);
    this.executor = Executors.newFixedThreadPool(threads, named());
  }

  int threads() {
    return threads;
  }

  /** Runs {@code task} on a pool thread with that thread's extractor. */
  <R> Future<R> submit(Function<DocumentExtractor, R> task) {
    return executor.submit(() -> task.apply(extractors.get()));
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private static ThreadFactory named() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "kamergraaf-extract-" + n.incrementAndGet());
      // A build that fails must not be kept alive by idle workers.
      t.setDaemon(true);
      return t;
    };
  }
}
