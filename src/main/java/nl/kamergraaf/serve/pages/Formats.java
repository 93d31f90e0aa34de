package nl.kamergraaf.serve.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Numbers and dates as people read them on the pages: {@code € 750 mln}, {@code € 60 mld}, {@code
 * 1.234}, {@code 2 oktober 2025} (or {@code 2 October 2025} in English). The data keep their exact
 * values; only what is shown is rounded.
 */
final class Formats {
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

  private Formats() {}

  /** An ISO date ({@code 2025-10-02}, or with a time) as a date in words; other text as it is. */
  static String date(String iso) {
    return date(iso, Locale.ENGLISH);
  }

  static String date(String iso, Locale locale) {
    if (iso == null) {
      return "";
    }
    try {
      LocalDate d = LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso);
      return d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** An amount of money with the Dutch words for millions and billions: {@code € 750 mln}. */
  static String money(String lexical, String currency) {
    BigDecimal value;
    try {
      value = new BigDecimal(lexical);
    } catch (NumberFormatException e) {
      return lexical;
    }
    String symbol =
        currency == null || currency.isEmpty() || currency.equals("EUR")
            ? "€"
            : currency.equals("USD") ? "$" : currency;
    return symbol + " " + scaled(value);
  }

  /** A count or value with Dutch grouping of thousands ({@code 1.234}) and at most 2 decimals. */
  static String number(String lexical) {
    try {
      return plain(new BigDecimal(lexical));
    } catch (NumberFormatException e) {
      return lexical;
    }
  }

  /** {@code 750 mln}, {@code 60 mld}, {@code 12.500}: millions and up by their word. */
  static String scaled(BigDecimal value) {
    BigDecimal abs = value.abs();
    if (abs.compareTo(BILLION) >= 0) {
      return plain(value.divide(BILLION, 3, RoundingMode.HALF_UP)) + " mld";
    }
    if (abs.compareTo(MILLION) >= 0) {
      return plain(value.divide(MILLION, 3, RoundingMode.HALF_UP)) + " mln";
    }
    return plain(value);
  }

  private static String plain(BigDecimal value) {
    NumberFormat f = NumberFormat.getNumberInstance(DUTCH);
    f.setMaximumFractionDigits(value.abs().compareTo(THOUSAND) >= 0 ? 0 : 2);
    return f.format(value);
  }
}
