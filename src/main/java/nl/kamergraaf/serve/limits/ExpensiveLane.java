package nl.kamergraaf.serve.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded number of places for queries judged expensive: at most {@code places} of them run at
 * once, so the others' CPU is left to cheap queries such as entity pages. A query that finds no
 * place within the wait is refused rather than queued without end, and so is one that finds {@link
 * #MAX_WAITING} others already waiting: a waiting query holds a server thread, and those must stay
 * free for cheap queries.
 */
public final class ExpensiveLane {
  /** The most expensive queries that wait for a place at once. */
  public static final int MAX_WAITING = 16;

  private final Semaphore places;
  private final int size;
  private final Duration wait;
  private final AtomicInteger waiting = new AtomicInteger();

  /** A lane of {@code places} queries; a query waits at most {@code wait} for one. */
  public ExpensiveLane(int places, Duration wait) {
    if (places < 1) {
      throw new IllegalArgumentException(
          "expensive query places must be at least 1, not " + places);
    }
    this.places = new Semaphore(places, true);
    this.size = places;
    this.wait = wait;
  }

  /** One place per two CPU cores, at least one. */
  public static int defaultPlaces() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  public int size() {
    return size;
  }

  /** Takes a place, waiting up to the wait; false when none came free or too many wait. */
  boolean enter() throws InterruptedException {
    if (places.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > MAX_WAITING) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } finally {
      waiting.decrementAndGet();
    }
  }

  void leave() {
    places.release();
  }
}
