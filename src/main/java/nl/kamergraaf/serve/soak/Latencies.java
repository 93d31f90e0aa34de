package nl.kamergraaf.serve.soak;

import java.util.Arrays;

/** Response times of a series of requests, for percentiles. Not thread-safe. */
final class Latencies {
  private long[] nanos = new long[256];
  private int size;

  void add(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  /** Adds these times to {@code other}. */
  void copyTo(Latencies other) {
    for (int i = 0; i < size; i++) {
      other.add(nanos[i]);
    }
  }

  int count() {
    return size;
  }

  /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds, by the nearest-rank method. */
  double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
