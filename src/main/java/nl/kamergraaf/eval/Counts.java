package nl.kamergraaf.eval;

import java.util.OptionalDouble;

/**
 * True positives, false positives and false negatives of one category, with the scores they give.
 *
 * <p>A score whose denominator is zero is undefined and returned empty: precision when the system
 * gave nothing, recall when the gold has nothing, F1 when neither has anything.
 */
public record Counts(int tp, int fp, int fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: tp=" + tp + " fp=" + fp + " fn=" + fn);
    }
  }

  /** The sum of both, for micro-averaging over documents. */
  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** tp / (tp + fp). */
  public OptionalDouble precision() {
    return ratio(tp, tp + fp);
  }

  /** tp / (tp + fn). */
  public OptionalDouble recall() {
    return ratio(tp, tp + fn);
  }

  /** 2tp / (2tp + fp + fn), the harmonic mean of precision and recall. */
  public OptionalDouble f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  private static OptionalDouble ratio(int numerator, int denominator) {
    return denominator == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }
}
