package nl.kamergraaf.ingest.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Dates as the API writes them ({@code Edm.DateTimeOffset} "2025-03-14T00:00:00+01:00", or a
 * date-time without offset) read as the calendar date in the Netherlands.
 */
public final class ApiDates {
  /** The parliament's clock: dates of papers are Dutch dates. */
  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private ApiDates() {}

  /** The Dutch calendar date of {@code value}, or null for null or blank. */
  public static LocalDate localDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).atZoneSameInstant(AMSTERDAM).toLocalDate();
    } catch (DateTimeParseException offsetMissing) {
      try {
        return LocalDateTime.parse(v).toLocalDate();
      } catch (DateTimeParseException notADateTime) {
        return LocalDate.parse(v);
      }
    }
  }
}
