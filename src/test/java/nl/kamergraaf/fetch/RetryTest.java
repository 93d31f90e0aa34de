package nl.kamergraaf.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When to try again and how long to wait: backoff, Retry-After in seconds or as a date, caps. */
class RetryTest {
  private final Retry retry = new Retry(4, Duration.ofSeconds(2), Duration.ofSeconds(60));
  private final Instant now = Instant.parse("2025-03-01T12:00:00Z");

  @Test
  void tooManyRequestsAndServerErrorsAreTriedAgainOthersNot() {
    assertTrue(Retry.retryable(429));
    assertTrue(Retry.retryable(503));
    assertFalse(Retry.retryable(404));
    assertFalse(Retry.retryable(400));
    assertTrue(retry.mayRetry(3));
    assertFalse(retry.mayRetry(4));
  }

  @Test
  void theWaitDoublesUpToTheCap() {
    assertEquals(Duration.ofSeconds(2), retry.wait(1, Optional.empty(), now));
    assertEquals(Duration.ofSeconds(8), retry.wait(3, Optional.empty(), now));
    assertEquals(Duration.ofSeconds(60), retry.wait(10, Optional.empty(), now));
  }

  @Test
  void retryAfterInSecondsOrAsAnHttpDateIsHonouredUpToTheCap() {
    assertEquals(Duration.ofSeconds(30), retry.wait(1, Optional.of("30"), now));
    assertEquals(
        Duration.ofSeconds(45), retry.wait(1, Optional.of("Sat, 01 Mar 2025 12:00:45 GMT"), now));
    assertEquals(
        Duration.ofSeconds(60),
        retry.wait(1, Optional.of("3600"), now),
        "an hour is more than the cap");
    assertEquals(
        Duration.ZERO,
        retry.wait(1, Optional.of("Sat, 01 Mar 2025 11:00:00 GMT"), now),
        "a date past");
    assertEquals(
        Duration.ofSeconds(2), retry.wait(1, Optional.of("soon"), now), "not understood: backoff");
  }
}
