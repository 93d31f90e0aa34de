package nl.kamergraaf.fetch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.kamergraaf.ingest.api.ApiDates;

/**
 * Literals and query strings in OData's URL conventions: strings in single quotes with quotes
 * doubled, {@code Edm.DateTimeOffset} values unquoted with their offset, query options
 * percent-encoded with {@code %20} for spaces.
 */
final class ODataText {
  private ODataText() {}

  /** {@code 'minister van Defensie'}; a quote inside is doubled. */
  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * The start of {@code date} in Dutch time, as an OData DateTimeOffset: 2025-01-01T00:00:00+01:00.
   */
  static String startOf(LocalDate date) {
    return date.atStartOfDay(ApiDates.AMSTERDAM)
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** One query option, {@code name=value}, with the value percent-encoded. */
  static String option(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
