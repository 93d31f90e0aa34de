package nl.kamergraaf.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.kamergraaf.KamergraafException;

/**
 * Results of extraction tasks taken in the order they were submitted, with at most {@code window}
 * of them in flight: documents go out in corpus order whatever thread finished first, and memory
 * holds only the documents in the window, not the corpus. A result that does not come within its
 * document's budget is given up and its document rejected.
 */
final class OrderedResults<R> {
  private record Pending<R>(String source, ExtractionPool.Watched<R> result, Consumer<R> then) {}

  /** How often a result waited for is checked against its document's budget. */
  private static final long WATCH_MILLIS = 200;

  private final Deque<Pending<R>> pending = new ArrayDeque<>();
  private final int window;
  private final BiConsumer<String, KamergraafException> failed;

  OrderedResults(int window, BiConsumer<String, KamergraafException> failed) {
    this.window = window;
    this.failed = failed;
  }

  /** Adds a result; when the window is full, waits for and hands over the oldest first. */
  void add(String source, ExtractionPool.Watched<R> result, Consumer<R> then) {
    pending.add(new Pending<>(source, result, then));
    while (pending.size() > window) {
      takeOldest();
    }
  }

  /** Waits for and hands over every result still pending. */
  void drain() {
    while (!pending.isEmpty()) {
      takeOldest();
    }
  }

  private void takeOldest() {
    Pending<R> p = pending.poll();
    R value;
    try {
      value = await(p.result());
    } catch (DocumentBudgetException e) {
      failed.accept(p.source(), e);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KamergraafException("interrupted while extracting " + p.source(), e);
    } catch (ExecutionException e) {
      failed.accept(p.source(), asProblem(p.source(), e.getCause()));
      return;
    }
    p.then().accept(value);
  }

  /** The task's result; a task over its document's budget is given up (and this throws). */
  private static <R> R await(ExtractionPool.Watched<R> task)
      throws InterruptedException, ExecutionException {
    while (true) {
      try {
        return task.future().get(WATCH_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        String over = task.overBudget();
        if (over != null && task.abandon()) {
          throw new DocumentBudgetException(over);
        }
      }
    }
  }

  private static KamergraafException asProblem(String source, Throwable cause) {
    if (cause instanceof KamergraafException k) {
      return k;
    }
    // A bug in a rule must not take the whole corpus down: report it with the document.
    return new KamergraafException(source + ": extraction failed: " + cause, cause);
  }
}
