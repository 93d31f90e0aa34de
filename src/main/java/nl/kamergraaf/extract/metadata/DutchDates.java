package nl.kamergraaf.extract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Dutch dates: "9 maart 2026", "15-6-2026". */
final class DutchDates {
  private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei",
      "juni", "juli", "augustus", "september", "oktober", "november", "december");

  private DutchDates() {}

  static int month(String name) {
    return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
  }

  /** The first date in the text, or null. */
  static LocalDate find(String text, Pattern words, Pattern numeric) {
    Matcher w = words.matcher(text);
    Matcher n = numeric.matcher(text);
    boolean hasW = w.find();
    boolean hasN = n.find();
    try {
      if (hasW && (!hasN || w.start() <= n.start())) {
        return LocalDate.of(Integer.parseInt(w.group(3)), month(w.group(2)), Integer.parseInt(w.group(1)));
      }
      if (hasN) {
        return LocalDate.of(Integer.parseInt(n.group(3)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1)));
      }
    } catch (DateTimeException e) {
      return null; // "31 februari": not a date
    }
    return null;
  }
}
