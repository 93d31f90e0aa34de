package nl.kamergraaf.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median and spread of repeated measurements: p10/p90 (nearest rank), min and max. */
record Stats(int n, double median, double p10, double p90, double p99, double min, double max) {
  static Stats of(List<Double> values) {
    if (values.isEmpty()) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return new Stats(
        sorted.size(),
        median(sorted),
        rank(sorted, 0.10),
        rank(sorted, 0.90),
        rank(sorted, 0.99),
        sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  private static double median(List<Double> s) {
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code q} of them at or below.
   */
  private static double rank(List<Double> s, double q) {
    int i = (int) Math.ceil(q * s.size()) - 1;
    return s.get(Math.max(0, Math.min(s.size() - 1, i)));
  }
}
