package nl.kamergraaf.build;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a bulk load on a thread of its own and watches the threads Jena's phased loader starts. When
 * the disk fills, a loader thread dies of a fault in a memory-mapped write ("a fault occurred in a
 * recent unsafe memory access"), and the thread feeding it waited for it forever: the build hung.
 * Here the death is seen and the load given up with {@link NoSpaceException} (or the fault itself,
 * for another cause); the hung threads are left to the process's end.
 */
final class LoaderWatch {
  private static final Logger LOG = LoggerFactory.getLogger("nl.kamergraaf.store");
  private static final long POLL_MILLIS = 250;

  private LoaderWatch() {}

  static <T> T run(Path dir, Callable<T> load) {
    AtomicReference<Throwable> fault = new AtomicReference<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (fault.compareAndSet(null, e)) {
            LOG.error("Store {}: loader thread {} failed: {}", dir, thread.getName(), e.toString());
          }
        });
    FutureTask<T> task = new FutureTask<>(load);
    Thread loader = new Thread(task, "kamergraaf-load");
    loader.setDaemon(true);
    loader.start();
    try {
      while (true) {
        try {
          return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException waiting) {
          if (fault.get() != null) {
            throw failure(dir, fault.get());
          }
        } catch (ExecutionException e) {
          throw failure(dir, fault.get() != null ? fault.get() : e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while loading " + dir, e);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }

  private static RuntimeException failure(Path dir, Throwable cause) {
    if (DiskSpace.isFull(cause)) {
      return new NoSpaceException(
          "no space left on the disk of "
              + dir
              + " while the database "
              + "was being built ("
              + cause
              + "): the build stopped and removed the database it had"
              + " begun; the store is unchanged. Free some space, or build into another --store.",
          cause);
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    return new StoreException("loading into " + dir + " failed: " + cause, cause);
  }
}
