package nl.kamergraaf.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a request again and how long to wait first: on 429 and 5xx answers and on network
 * failures, up to a number of attempts; the wait doubles from a base each time, unless the server
 * says how long in {@code Retry-After} (seconds, or an HTTP date), which is honoured up to a cap.
 *
 * <pre>
 * Retry retry = new Retry(5, Duration.ofSeconds(1), Duration.ofMinutes(2));
 * retry.shouldRetry(503, 2);                        // true: a third attempt may follow
 * retry.wait(2, Optional.of("30"), Instant.now());  // 30 s, as the server asked
 * </pre>
 */
public record Retry(int attempts, Duration base, Duration maxWait) {

  public Retry {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
    if (base.isNegative() || maxWait.isNegative()) {
      throw new IllegalArgumentException("waits cannot be negative: " + base + ", " + maxWait);
    }
  }

  /** Whether a status is worth another attempt: too many requests or a server error. */
  public static boolean retryable(int status) {
    return status == 429 || status >= 500;
  }

  /** Whether attempt number {@code attempt} (from 1) may be followed by another. */
  public boolean mayRetry(int attempt) {
    return attempt < attempts;
  }

  /**
   * How long to wait after attempt {@code attempt} failed: the server's {@code Retry-After} if it
   * gave a usable one, else {@code base} doubled per attempt; never more than {@code maxWait}.
   */
  public Duration wait(int attempt, Optional<String> retryAfter, Instant now) {
    Duration asked = retryAfter.flatMap(v -> parseRetryAfter(v, now)).orElse(null);
    Duration wait = asked != null ? asked : base.multipliedBy(1L << Math.min(attempt - 1, 20));
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  /** {@code Retry-After} as seconds ("120") or an HTTP date; empty when it is neither. */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
