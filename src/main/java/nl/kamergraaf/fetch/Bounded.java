package nl.kamergraaf.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Copies an answer's body with a ceiling on its size and on its time: the HTTP client's own timeout
 * ends with the headers, and a server that stalls in the middle of a body would otherwise hold the
 * fetch for ever. Past the time the stream is closed, which ends the read.
 */
final class Bounded {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "kamergraaf-fetch-watchdog");
            t.setDaemon(true);
            return t;
          });

  private Bounded() {}

  /** Copies {@code in} to {@code out}; returns the bytes copied. */
  static long copy(InputStream in, OutputStream out, long maxBytes, Duration timeout, URI uri)
      throws IOException {
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> alarm =
        WATCHDOG.schedule(
            () -> {
              timedOut.set(true);
              try {
                in.close();
              } catch (IOException ignored) {
                // closing is all that is wanted; the reader sees the failure
              }
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new FetchException(
              "GET "
                  + uri
                  + ": the answer is larger than "
                  + maxBytes
                  + " bytes; it was not taken.");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (timedOut.get()) {
        throw new IOException("the body did not arrive within " + timeout.toSeconds() + " s", e);
      }
      throw e;
    } finally {
      alarm.cancel(false);
    }
    return total;
  }
}
