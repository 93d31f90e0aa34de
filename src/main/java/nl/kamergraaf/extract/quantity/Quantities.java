package nl.kamergraaf.extract.quantity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.quantity.QuantityLexicon.Category;

/**
 * Turns a match of {@code quantities.rules} into a {@link Quantity}: numbers parsed, scales
 * applied, currency and share looked up in the lexicon.
 */
final class Quantities {
  private static final Pattern RANGE_TOKEN = Pattern.compile("(.+?)[-–](.+)");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  private final QuantityLexicon lexicon;
  private final QuantityNumbers numbers;

  Quantities(QuantityLexicon lexicon, QuantityNumbers numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  /**
   * The quantity {@code match} states, or null if its numbers do not parse.
   *
   * @param period the period the sentence ties to it, used unless the match brackets its own
   * @param sentenceShare what the sentence says percentages are a share of, used for a percentage
   *     that states none
   */
  Quantity of(RuleMatch match, String text, String period, String sentenceShare) {
    Quantity.Kind kind = Quantity.Kind.valueOf(match.field("kind").toUpperCase(Locale.ROOT));
    BigDecimal value;
    BigDecimal max = null;
    if (match.has("fraction")) {
      value = lexicon.value(Category.FRACTION, match.field("fraction"));
    } else {
      String low = match.field("value");
      String high = match.field("max");
      Matcher range = high == null && low != null ? RANGE_TOKEN.matcher(low) : null;
      if (range != null && range.matches()) {
        low = range.group(1);
        high = range.group(2);
      }
      value = low == null ? null : numbers.parse(low);
      max = high == null ? null : numbers.parse(high);
      if (value == null || (high != null && max == null)) {
        return null;
      }
      BigDecimal scale = lexicon.value(Category.SCALE, match.field("scale"));
      BigDecimal maxScale = lexicon.value(Category.SCALE, match.field("maxScale"));
      if (max != null && scale == null && maxScale != null && value.compareTo(max) < 0) {
        scale = maxScale; // "138,2 tot 199 miljoen": one scale word for both ends
      }
      value = scaled(value, scale);
      max = max == null ? null : scaled(max, maxScale);
    }
    if (value == null) {
      return null;
    }
    String currency = null;
    String shareOf = null;
    if (kind == Quantity.Kind.AMOUNT) {
      String written = match.field("currency");
      currency = lexicon.meaning(Category.CURRENCY_BEFORE, written);
      currency = currency != null ? currency : lexicon.meaning(Category.CURRENCY_AFTER, written);
    } else {
      shareOf =
          match.has("of") ? lexicon.meaning(Category.SHARE, match.field("of")) : sentenceShare;
    }
    String ownPeriod = Periods.range(year(match.field("year")), year(match.field("maxYear")));
    return new Quantity(
        kind,
        value,
        max,
        currency,
        shareOf,
        match.has("perYear") || match.has("yearly"),
        null,
        null,
        ownPeriod != null ? ownPeriod : period,
        new Provenance(match.span(), match.span().of(text), match.rule()));
  }

  private static BigDecimal scaled(BigDecimal number, BigDecimal scale) {
    BigDecimal v = scale == null ? number : number.multiply(scale);
    v = v.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** The year inside "(2015)", or null. */
  private static String year(String bracketed) {
    if (bracketed == null) {
      return null;
    }
    Matcher m = YEAR.matcher(bracketed);
    return m.find() ? m.group() : null;
  }
}
