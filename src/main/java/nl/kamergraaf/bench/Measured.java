package nl.kamergraaf.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark stage measured {@code repeat} times: the seconds each run took and the work one run
 * does ({@code units} of {@code unit}, e.g. 1.2 MB or 34,000 quads), so throughput can be compared
 * with the stage's baseline.
 */
record Measured(String stage, List<Double> seconds, double units, String unit, String note) {
  Stats time() {
    return Stats.of(seconds);
  }

  /** Throughput of the median run. */
  double throughput() {
    return units / time().median();
  }

  /** Runs {@code work} {@code repeat} times; {@code work} returns the units it did. */
  static Measured repeat(String stage, int repeat, String unit, String note, Work work)
      throws Exception {
    List<Double> seconds = new ArrayList<>();
    double units = 0;
    for (int i = 0; i < repeat; i++) {
      long t0 = System.nanoTime();
      units = work.run();
      seconds.add((System.nanoTime() - t0) / 1e9);
    }
    return new Measured(stage, seconds, units, unit, note);
  }

  /** A stage's work, returning how many units it did. */
  @FunctionalInterface
  interface Work {
    double run() throws Exception;
  }
}
