package nl.kamergraaf.build;

import java.time.Duration;
import java.util.Objects;

/**
 * What extracting one document may cost before it is rejected: time, and bytes allocated by the
 * thread that extracts it. Both grow with the document's text: by default a minute plus two minutes
 * per MiB of text, and 1 GiB plus 10 KiB per character.
 *
 * <p>The defaults leave more than ten times what the bundled papers take (the 72 KB one: 3 s and
 * 0.18 GB) and stop the texts whose work grows with the square of a sentence (100 KB on one line
 * without a full stop allocated 18 GB before the clause reader; 1.2 GB since, within its budget).
 * Allocation measures work, not the heap held; a document that runs the heap out is rejected on its
 * own {@code OutOfMemoryError}.
 */
public record DocumentBudget(
    Duration baseTime, Duration timePerMiB, long baseBytes, long bytesPerChar) {
  private static final double MIB = 1024 * 1024;

  public DocumentBudget {
    Objects.requireNonNull(baseTime, "baseTime");
    Objects.requireNonNull(timePerMiB, "timePerMiB");
    if (baseTime.isNegative()
        || baseTime.isZero()
        || timePerMiB.isNegative()
        || baseBytes < 1
        || bytesPerChar < 0) {
      throw new IllegalArgumentException(
          "a document budget must be positive: "
              + baseTime
              + " + "
              + timePerMiB
              + "/MiB, "
              + baseBytes
              + " bytes + "
              + bytesPerChar
              + "/char");
    }
  }

  public static DocumentBudget defaults() {
    return new DocumentBudget(Duration.ofMinutes(1), Duration.ofMinutes(2), 1L << 30, 10 * 1024);
  }

  /** The same limits for every document, whatever its size. */
  public static DocumentBudget fixed(Duration time, long bytes) {
    return new DocumentBudget(time, Duration.ZERO, bytes, 0);
  }

  /** This budget with the time limit fixed at {@code time}. */
  public DocumentBudget withTime(Duration time) {
    return new DocumentBudget(time, Duration.ZERO, baseBytes, bytesPerChar);
  }

  /** This budget with the allocation limit fixed at {@code bytes}. */
  public DocumentBudget withBytes(long bytes) {
    return new DocumentBudget(baseTime, timePerMiB, bytes, 0);
  }

  public Duration timeFor(int chars) {
    return baseTime.plusMillis((long) (timePerMiB.toMillis() * (chars / MIB)));
  }

  public long bytesFor(int chars) {
    return baseBytes + bytesPerChar * chars;
  }
}
