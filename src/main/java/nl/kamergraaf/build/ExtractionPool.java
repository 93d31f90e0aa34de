package nl.kamergraaf.build;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.ingest.Document;

/**
 * A fixed pool of extraction threads, each with its own {@link DocumentExtractor}: the extractor
 * keeps tokenizer state and is not thread-safe, and loading one is costly, so each thread loads one
 * the first time it needs it and keeps it.
 *
 * <p>Each task is watched against its document's {@link DocumentBudget}. The extraction code cannot
 * be stopped from outside, so a task over budget is given up ({@link Watched#abandon}): its
 * document is rejected, and the pool takes one more thread until the abandoned one is done, so the
 * other documents keep their threads.
 */
final class ExtractionPool implements AutoCloseable {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final ThreadPoolExecutor executor;
  private final ThreadLocal<DocumentExtractor> extractors;
  private final int threads;
  private final DocumentBudget budget;
  private final AtomicInteger abandoned = new AtomicInteger();

  ExtractionPool(Supplier<DocumentExtractor> extractors, int threads, DocumentBudget budget) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.budget = budget;
    this.extractors = ThreadLocal.withInitial(extractors);
    this.executor =
        new ThreadPoolExecutor(
            threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), named());
  }

  int threads() {
    return threads;
  }

  /** Runs {@code task} for {@code doc} on a pool thread with that thread's extractor. */
  <R> Watched<R> submit(Document doc, Function<DocumentExtractor, R> task) {
    Watched<R> watched =
        new Watched<>(
            doc.source(),
            budget.timeFor(doc.original().length()),
            budget.bytesFor(doc.original().length()));
    watched.future = executor.submit(() -> watched.run(task));
    return watched;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** One document's task and what it has cost so far. */
  final class Watched<R> {
    private final String source;
    private final Duration time;
    private final long bytes;
    private volatile Future<R> future;
    private volatile long thread = -1;
    private volatile long startNanos;
    private volatile long startBytes;
    private volatile boolean givenUp;

    private Watched(String source, Duration time, long bytes) {
      this.source = source;
      this.time = time;
      this.bytes = bytes;
    }

    Future<R> future() {
      return future;
    }

    private R run(Function<DocumentExtractor, R> task) {
      // Loading a thread's extractor (seconds, once) is not the document's cost.
      DocumentExtractor extractor = extractors.get();
      startBytes = THREADS.getCurrentThreadAllocatedBytes();
      startNanos = System.nanoTime();
      thread = Thread.currentThread().getId();
      try {
        return task.apply(extractor);
      } finally {
        thread = -1;
        if (givenUp) {
          // Its extractor stopped anywhere: the next document on this thread gets a fresh one.
          extractors.remove();
          Thread.interrupted();
          shrink();
        }
      }
    }

    /** Why the task is over its budget, or null while it is within it (or not started). */
    String overBudget() {
      long id = thread;
      if (id < 0) {
        return null;
      }
      Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
      long allocated = THREADS.getThreadAllocatedBytes(id) - startBytes;
      if (took.compareTo(time) <= 0 && allocated <= bytes) {
        return null;
      }
      return String.format(
          "%s: extraction stopped after %.1f s and %.1f GB allocated, over this"
              + " document's budget of %d s and %.1f GB: its text is probably one very long sentence"
              + " (a table without full stops?). Split it into paragraphs, or raise"
              + " --document-time-limit / --document-memory-limit.",
          source, took.toMillis() / 1000.0, allocated / 1e9, time.toSeconds(), bytes / 1e9);
    }

    /**
     * Gives the task up: its thread is interrupted and replaced until it returns. False if it had
     * already finished, and its result stands.
     */
    boolean abandon() {
      if (future.isDone()) {
        return false;
      }
      givenUp = true;
      synchronized (executor) {
        int size = threads + abandoned.incrementAndGet();
        executor.setMaximumPoolSize(size);
        executor.setCorePoolSize(size);
      }
      future.cancel(true);
      return true;
    }
  }

  private void shrink() {
    synchronized (executor) {
      int size = threads + abandoned.decrementAndGet();
      executor.setCorePoolSize(size);
      executor.setMaximumPoolSize(size);
    }
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
