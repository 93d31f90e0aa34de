package nl.kamergraaf.extract.quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers as Dutch writes them, in one token: "21,6" (decimal comma), "500.000" (thousands dots),
 * "drie", "vijfentwintig", "tweehonderd", "anderhalf"; and the kind of number a token is, which the
 * rules match on ({@code numerictype}).
 */
final class QuantityNumbers {
  /** The kind of a number token, as the rules see it in {@code numerictype}. */
  enum Type {
    /** Digits: "21,6", "500.000", "3". */
    NUMBER,
    /** A number in words: "drie", "vijftig". */
    WORDNUM,
    /** A year 1900–2099 in four plain digits. */
    YEAR,
    /** Two years as one token: "2024-2028", "2023/2024". */
    YEARS,
    /** Two numbers as one token: "2-3", "1,5-2". */
    NUMRANGE
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern YEARS =
      Pattern.compile("(?:19|20)\\d\\d[-–/](?:(?:19|20)\\d\\d|\\d\\d)");
  private static final Pattern NUMRANGE = Pattern.compile("\\d+(?:,\\d+)?[-–]\\d+(?:,\\d+)?");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");

  /** "500 000": thousands set apart by spaces, which the tokenizer splits into tokens. */
  private static final Pattern SPACED =
      Pattern.compile("\\d{1,3}(?:[\\s\\u00A0\\u202F]\\d{3})+(?:,\\d+)?");

  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(?:,\\d+)?");

  /** "1.5" with one or two decimals can only be a decimal point (thousands have three). */
  private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}");

  private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,40}");
  private static final String[] HALF = {"ënhalf", "enhalf"};

  private final Map<String, BigDecimal> words = new HashMap<>();

  QuantityNumbers(QuantityLexicon lexicon) {
    lexicon.numberWords().forEach((word, value) -> words.put(word, new BigDecimal(value)));
  }

  /** The kind of number {@code token} is, or null if it is none. */
  Type type(String token) {
    if (YEAR.matcher(token).matches()) {
      return Type.YEAR;
    }
    if (YEARS.matcher(token).matches()) {
      return Type.YEARS;
    }
    if (NUMRANGE.matcher(token).matches()) {
      return Type.NUMRANGE;
    }
    if (digits(token) != null) {
      return Type.NUMBER;
    }
    return words(token) != null ? Type.WORDNUM : null;
  }

  /** The value of a number written in digits or words, or null if {@code text} is none. */
  BigDecimal parse(String text) {
    String t = text.strip();
    BigDecimal value = digits(t);
    return value != null ? value : words(t);
  }

  private static BigDecimal digits(String t) {
    if (SPACED.matcher(t).matches()) {
      return new BigDecimal(t.replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.'));
    }
    if (THOUSANDS.matcher(t).matches()) {
      return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }
    if (DECIMAL_COMMA.matcher(t).matches()) {
      return new BigDecimal(t.replace(',', '.'));
    }
    if (DECIMAL_POINT.matcher(t).matches()) {
      return new BigDecimal(t);
    }
    return null;
  }

  private BigDecimal words(String text) {
    if (!LETTERS.matcher(text).matches()) {
      return null;
    }
    return compound(text.toLowerCase(Locale.ROOT));
  }

  /** "tweeduizendvijfhonderd": thousands, then hundreds, then the rest below a hundred. */
  private BigDecimal compound(String w) {
    if (w.isEmpty()) {
      return null;
    }
    BigDecimal base = words.get(w);
    if (base != null) {
      return base;
    }
    for (String half : HALF) {
      if (w.endsWith(half)) {
        BigDecimal whole = compound(w.substring(0, w.length() - half.length()));
        return whole == null ? null : whole.add(new BigDecimal("0.5"));
      }
    }
    BigDecimal thousands = around(w, "duizend", 1000);
    if (thousands != null) {
      return thousands;
    }
    BigDecimal hundreds = around(w, "honderd", 100);
    return hundreds != null ? hundreds : unitsAndTens(w);
  }

  /** {@code [multiplier]word[rest]}, e.g. "drie|honderd|vijftig". */
  private BigDecimal around(String w, String word, int size) {
    int at = w.indexOf(word);
    if (at < 0) {
      return null;
    }
    String left = w.substring(0, at);
    String right = w.substring(at + word.length());
    BigDecimal multiplier = left.isEmpty() ? BigDecimal.ONE : compound(left);
    BigDecimal rest = right.isEmpty() ? BigDecimal.ZERO : compound(right);
    if (multiplier == null || rest == null || rest.compareTo(BigDecimal.valueOf(size)) >= 0) {
      return null;
    }
    return multiplier.multiply(BigDecimal.valueOf(size)).add(rest);
  }

  /** "vijfentwintig", "tweeëndertig": a unit, "en" or "ën", and a multiple of ten. */
  private BigDecimal unitsAndTens(String w) {
    for (String joint : new String[] {"ën", "en"}) {
      int at = w.indexOf(joint);
      while (at > 0) {
        BigDecimal unit = words.get(w.substring(0, at));
        BigDecimal tens = words.get(w.substring(at + joint.length()));
        if (unit != null
            && tens != null
            && unit.compareTo(BigDecimal.TEN) < 0
            && tens.remainder(BigDecimal.TEN).signum() == 0
            && tens.compareTo(BigDecimal.valueOf(20)) >= 0
            && tens.compareTo(BigDecimal.valueOf(100)) < 0) {
          return unit.add(tens);
        }
        at = w.indexOf(joint, at + 1);
      }
    }
    return null;
  }
}
