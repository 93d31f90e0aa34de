package nl.kamergraaf.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One synthetic variant of a real document of the corpus: its questions shuffled (each with its
 * answer), and its document numbers, dates, years and amounts varied, so that the same genre
 * reaches the extractor but no two variants say the same. The first line says it is synthetic.
 *
 * <p>A pure function of the template text, its name and the random source.
 */
final class SyntheticDocument {
  /** The first line of every synthetic document; {@link SyntheticCorpus} checks for it. */
  static final String MARK = "SYNTHETISCH DOCUMENT";

  /**
   * A question starts a unit: "Vraag 3" on its own line, or a bold paragraph that is not a heading.
   */
  private static final Pattern UNIT_START =
      Pattern.compile("(?m)^(?:Vraag \\d+\\s*$|\\*\\*(?!Antwoord)[^*\\n]{60,})");

  private static final Pattern QUESTION_NUMBER =
      Pattern.compile("(?m)^(Vraag|Antwoord vraag) \\d+");
  private static final Pattern DOC_NUMBER = Pattern.compile("\\b(nr\\. )(\\d{1,4})\\b");
  private static final Pattern SUB_NUMBER = Pattern.compile("\\b(\\d{5}-)(\\d{2,3})\\b");
  private static final Pattern DATE =
      Pattern.compile(
          "\\b([1-9]|[12]\\d|3[01]) (januari|februari|maart|april|mei|juni|juli|augustus|september"
              + "|oktober|november|december) ((?:19|20)\\d{2})\\b");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,-])(20[0-3]\\d)(?![\\d.,])");
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?)(\\s?(?:miljoen|miljard|mld\\.?|mln\\.?|euro)\\b)");

  private final Random random;
  private final int yearShift;
  private final double amountFactor;

  SyntheticDocument(Random random) {
    this.random = random;
    // Whole documents move in time, so per-year aggregates spread over several years.
    this.yearShift = -random.nextInt(8);
    this.amountFactor = 0.5 + random.nextDouble() * 1.5;
  }

  /** The synthetic text made from {@code template}; {@code note} goes into the marking line. */
  String make(String template, String note) {
    String text = shuffleQuestions(template);
    text = renumberQuestions(text);
    text = replace(DOC_NUMBER, text, m -> m.group(1) + (1 + random.nextInt(999)));
    text = replace(SUB_NUMBER, text, m -> m.group(1) + (100 + random.nextInt(900)));
    // The year moves with every other year below.
    text = replace(DATE, text, m -> (1 + random.nextInt(28)) + " " + m.group(2) + " " + m.group(3));
    text = replace(YEAR, text, m -> Integer.toString(Integer.parseInt(m.group(1)) + yearShift));
    text = replace(AMOUNT, text, m -> scale(m.group(1)) + m.group(2));
    return MARK
        + " ("
        + note
        + "): gegenereerd door kamergraaf generate, geen echt Kamerstuk.\n\n"
        + text;
  }

  /** Shuffles the question units between the first and the last; the last keeps the signature. */
  private String shuffleQuestions(String text) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = UNIT_START.matcher(text);
    while (m.find()) {
      starts.add(m.start());
    }
    if (starts.size() < 3) {
      return text;
    }
    List<String> units = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      units.add(text.substring(starts.get(i), starts.get(i + 1)));
    }
    Collections.shuffle(units, random);
    return text.substring(0, starts.get(0))
        + String.join("", units)
        + text.substring(starts.get(starts.size() - 1));
  }

  /** "Vraag 7" after shuffling becomes the number of its new place, as real documents number. */
  private static String renumberQuestions(String text) {
    Matcher m = QUESTION_NUMBER.matcher(text);
    StringBuilder out = new StringBuilder();
    int question = 0;
    int answer = 0;
    while (m.find()) {
      int n = m.group(1).equals("Vraag") ? ++question : Math.max(++answer, 1);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + n));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The amount times this document's factor, written the Dutch way and as precise as before. */
  private String scale(String amount) {
    String plain = amount.replace(".", "").replace(',', '.');
    BigDecimal value = new BigDecimal(plain);
    int decimals = Math.max(0, value.scale());
    BigDecimal scaled =
        value.multiply(BigDecimal.valueOf(amountFactor)).setScale(decimals, RoundingMode.HALF_UP);
    if (scaled.signum() == 0) {
      scaled = value;
    }
    String s = scaled.toPlainString().replace('.', ',');
    if (amount.contains(".") && decimals == 0) {
      // Thousands separators were there: keep them.
      s = String.format(Locale.GERMANY, "%,d", scaled.longValue());
    }
    return s;
  }

  private static String replace(Pattern p, String text, Function<Matcher, String> with) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
