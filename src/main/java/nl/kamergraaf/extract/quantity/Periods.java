package nl.kamergraaf.extract.quantity;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.Span;

/**
 * The periods one sentence states, normalised ("2024", "2025-2030"), and the choice of the one that
 * belongs to a quantity: the nearest in the sentence.
 */
final class Periods {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  /**
   * A normalised period and where the sentence states it.
   *
   * @param forward whether it holds only for what follows it (a row label, "2022: ...")
   */
  record Period(Span span, String value, boolean forward) {}

  private final List<Period> periods;

  private Periods(List<Period> periods) {
    this.periods = periods;
  }

  /**
   * The periods of the matches of {@code quantities-periods.rules} in one sentence.
   *
   * @param documentYear the year "dit jaar" means, or null to ignore relative years
   */
  static Periods of(List<RuleMatch> matches, String text, Year documentYear) {
    List<Period> periods = new ArrayList<>();
    for (RuleMatch match : matches) {
      String value = normalise(match, text, documentYear);
      if (value != null) {
        periods.add(new Period(match.span(), value, match.has("forward")));
      }
    }
    return new Periods(periods);
  }

  static String normalise(RuleMatch match, String text, Year documentYear) {
    if (match.has("offset")) {
      return documentYear == null
          ? null
          : String.valueOf(documentYear.plusYears(Integer.parseInt(match.field("offset"))));
    }
    if (match.has("list")) {
      return list(years(match.span().of(text)));
    }
    if (match.has("years")) {
      String[] parts = match.field("years").split("[-–/]");
      String to = parts[1].length() == 2 ? parts[0].substring(0, 2) + parts[1] : parts[1];
      return range(parts[0], to);
    }
    String from = match.field("from");
    return from == null ? null : range(from, match.field("to"));
  }

  /** "2024" when both ends are one year or one end is missing, else "from-to". */
  static String range(String from, String to) {
    if (from == null || to == null || to.equals(from)) {
      return from == null ? to : from;
    }
    return from + "-" + to;
  }

  private static List<Integer> years(String text) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      years.add(Integer.parseInt(m.group()));
    }
    return years;
  }

  /** Years that follow each other make a range; others are listed with commas. */
  private static String list(List<Integer> years) {
    if (years.isEmpty()) {
      return null;
    }
    boolean consecutive = true;
    for (int i = 1; i < years.size(); i++) {
      consecutive &= years.get(i) == years.get(i - 1) + 1;
    }
    if (consecutive) {
      return range(String.valueOf(years.get(0)), String.valueOf(years.get(years.size() - 1)));
    }
    List<String> parts = new ArrayList<>();
    years.forEach(y -> parts.add(String.valueOf(y)));
    return String.join(",", parts);
  }

  /**
   * The period nearest to {@code quantity} outside it, or null if the sentence states none.
   *
   * <p>Distance is in characters; at equal distance the period after the quantity wins, as Dutch
   * tends to put the year after the amount ("3,5% van het bbp in 2035"). A period after the
   * quantity is taken only if no other quantity is nearer to it: "17,45 miljard euro, ofwel 1,4%
   * bbp, ... die in 2035 1,5% van het bbp moeten bedragen" gives 2035 to 1,5% alone. A period
   * before may be shared ("in 2026 EUR 17,45 mld. en 1,4% van het bbp").
   *
   * @param others the other quantities of the sentence
   */
  String nearest(Span quantity, List<Span> others) {
    Period best = null;
    int bestScore = Integer.MAX_VALUE;
    for (Period period : periods) {
      if (period.span().overlaps(quantity)) {
        continue;
      }
      boolean after = period.span().start() >= quantity.end();
      if (after && (period.forward() || nearerQuantity(period.span(), quantity, others))) {
        continue;
      }
      int distance = gap(period.span(), quantity);
      // Doubling and the +1 for "before" break ties in favour of "after".
      int score = 2 * distance + (after ? 0 : 1);
      if (score < bestScore) {
        bestScore = score;
        best = period;
      }
    }
    return best == null ? null : best.value();
  }

  /** Whether one of {@code others} is nearer to {@code period} than {@code quantity} is. */
  private static boolean nearerQuantity(Span period, Span quantity, List<Span> others) {
    int own = gap(period, quantity);
    for (Span other : others) {
      if (!other.equals(quantity) && !other.overlaps(period) && gap(period, other) < own) {
        return true;
      }
    }
    return false;
  }

  private static int gap(Span a, Span b) {
    return a.start() >= b.end() ? a.start() - b.end() : b.start() - a.end();
  }
}
