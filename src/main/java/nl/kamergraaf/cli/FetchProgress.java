package nl.kamergraaf.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import nl.kamergraaf.fetch.FetchListener;

/** Prints one line per paper stored, removed or failed, so a long fetch shows it is moving. */
final class FetchProgress implements FetchListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private int stored;

  FetchProgress(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void downloaded(String file, long bytes, long millis) {
    stored++;
    out.printf("  [%d] %s: %,d bytes (%d ms)%n", stored, file, bytes, millis);
    out.flush();
  }

  @Override
  public void updated(String number) {
    out.printf("  %s: metadata updated%n", number);
    out.flush();
  }

  @Override
  public void removed(String number) {
    out.printf("  %s: deleted in the API, removed%n", number);
    out.flush();
  }

  @Override
  public void outOfScope(String number, String why) {
    out.printf("  %s: left out, %s%n", number, why);
    out.flush();
  }

  @Override
  public void failed(String message) {
    err.println("  problem: " + message);
    err.flush();
  }

  @Override
  public void retrying(URI uri, String reason, Duration wait) {
    err.printf("  %s; trying again in %.1f s: %s%n", reason, wait.toMillis() / 1000.0, uri);
    err.flush();
  }

  @Override
  public void peopleTable(String set, int entities, boolean changed) {
    out.printf("  people/%s.json: %,d entities%s%n", set, entities, changed ? "" : " (unchanged)");
    out.flush();
  }
}
