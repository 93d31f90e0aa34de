package nl.kamergraaf.extract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;

/** Reads Dutch dates with the date-format rules: "9 maart 2026", "15-6-2026". */
final class DutchDates {
  private static final List<String> MONTHS =
      List.of(
          "januari",
          "februari",
          "maart",
          "april",
          "mei",
          "juni",
          "juli",
          "augustus",
          "september",
          "oktober",
          "november",
          "december");

  private final MetadataRules rules;

  DutchDates(MetadataRules rules) {
    this.rules = rules;
  }

  static int month(String name) {
    return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
  }

  /** The first date in the text, or null; "31 februari" is none. */
  LocalDate find(String text) {
    LocalDate first = null;
    int at = Integer.MAX_VALUE;
    for (MetadataRules.Rule r : rules.of(Field.DATE_FORMAT)) {
      Matcher m = r.pattern().matcher(text);
      if (m.find() && m.start() < at) {
        LocalDate d = date(m);
        if (d != null) {
          first = d;
          at = m.start();
        }
      }
    }
    return first;
  }

  /** Groups day, month (a name or a number) and year. */
  private static LocalDate date(Matcher m) {
    try {
      String month = m.group(2);
      int mm = month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month) : month(month);
      return LocalDate.of(Integer.parseInt(m.group(3)), mm, Integer.parseInt(m.group(1)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
