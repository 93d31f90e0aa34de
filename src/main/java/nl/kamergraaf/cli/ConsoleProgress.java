package nl.kamergraaf.cli;

import java.io.PrintWriter;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.build.BuildListener;

/** Prints one line per document as a build goes, so long builds show they are moving. */
final class ConsoleProgress implements BuildListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private int done;

  ConsoleProgress(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void built(String source, long quads, long millis) {
    done++;
    out.printf("  [%d] %s: %,d quads (%d ms)%n", done, source, quads, millis);
    out.flush();
  }

  @Override
  public void reused(String source) {
    done++;
    out.printf("  [%d] %s: unchanged%n", done, source);
    out.flush();
  }

  @Override
  public void rejected(KamergraafException problem) {
    err.println("  skipped: " + problem.getMessage());
    err.flush();
  }

  @Override
  public void warned(String warning) {
    err.println("  warning: " + warning);
    err.flush();
  }
}
