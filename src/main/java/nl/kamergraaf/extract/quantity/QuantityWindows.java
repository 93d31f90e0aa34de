package nl.kamergraaf.extract.quantity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.quantity.QuantityLexicon.Category;

/**
 * The stretches of a sentence that a rule file can match in, as token ranges: {@link
 * #forQuantities} for {@code quantities.rules}, {@link #forPeriods} for {@code
 * quantities-periods.rules}.
 *
 * <p>TokensRegex tries every rule at every token of what it is given, which made the quantity rules
 * half the extraction time. But every rule's match holds an <em>anchor</em> token (for quantities a
 * number in digits or words or a fraction word; for periods a year or the word "jaar"), each of its
 * tokens lies within the file's reach of an anchor of the match, and, for quantities, it holds a
 * <em>marker</em> (a currency, percent or fraction word). So each match lies inside one merged
 * stretch of anchors ± reach that holds a marker, and matching those stretches alone gives the same
 * matches as matching the whole sentence: the rules use no sentence start or end, and matches in
 * different stretches never overlap, so TokensRegex's choice between overlapping matches is made
 * within a stretch either way.
 */
final class QuantityWindows {
  /**
   * How far from its nearest anchor a token of a quantity match can be. The longest reach of the
   * rules today is 7, after the number of "€ 5 miljard pond sterling , - per jaar"; a rule or
   * lexicon entry that reaches further must raise this (QuantityWindowsTest checks every case).
   */
  static final int REACH = 8;

  /** As {@link #REACH} for periods: 4 today, before the year of "in het jaar mei 2024". */
  static final int PERIOD_REACH = 5;

  /** The lexicon categories of which every quantity rule needs a word. */
  private static final EnumSet<Category> MARKERS =
      EnumSet.of(
          Category.CURRENCY_BEFORE, Category.CURRENCY_AFTER, Category.PERCENT, Category.FRACTION);

  /** The words of quantities-periods.rules that make "dit jaar" a period without a year. */
  private static final Pattern YEAR_WORD =
      Pattern.compile(
          "jaar|begrotingsjaar|kalenderjaar", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Predicate<String> anchor;
  private final int reach;
  private final Predicate<String> marker;

  private QuantityWindows(Predicate<String> anchor, int reach, Predicate<String> marker) {
    this.anchor = anchor;
    this.reach = reach;
    this.marker = marker;
  }

  /** Windows for {@code quantities.rules}. */
  static QuantityWindows forQuantities(QuantityLexicon lexicon, QuantityNumbers numbers) {
    Pattern fraction = lexicon.anyWord(EnumSet.of(Category.FRACTION));
    Pattern markers = lexicon.anyWord(MARKERS);
    // Digits anywhere (the pieces of "500 000" too), a number word or year, or a fraction word.
    Predicate<String> anchor =
        word -> hasDigit(word) || numbers.type(word) != null || fraction.matcher(word).matches();
    return new QuantityWindows(anchor, REACH, word -> markers.matcher(word).matches());
  }

  /** Windows for {@code quantities-periods.rules}. */
  static QuantityWindows forPeriods(QuantityNumbers numbers) {
    Predicate<String> anchor =
        word -> {
          QuantityNumbers.Type type = hasDigit(word) ? numbers.type(word) : null;
          return type == QuantityNumbers.Type.YEAR
              || type == QuantityNumbers.Type.YEARS
              || YEAR_WORD.matcher(word).matches();
        };
    return new QuantityWindows(anchor, PERIOD_REACH, word -> true);
  }

  /** A token range {@code [begin, end)} of a sentence. */
  record Window(int begin, int end) {}

  /** The stretches of {@code tokens} the rules can match in, in order; empty if none. */
  List<Window> of(List<CoreLabel> tokens) {
    int n = tokens.size();
    List<Window> out = new ArrayList<>();
    int begin = -1;
    int end = -1;
    for (int i = 0; i < n; i++) {
      if (!anchor.test(tokens.get(i).word())) {
        continue;
      }
      int from = Math.max(0, i - reach);
      // Touching stretches are one: a match may run from one into the other.
      if (begin >= 0 && from > end) {
        addIfMarked(out, tokens, begin, end);
        begin = -1;
      }
      if (begin < 0) {
        begin = from;
      }
      end = Math.min(n, i + reach + 1);
    }
    if (begin >= 0) {
      addIfMarked(out, tokens, begin, end);
    }
    return out;
  }

  private void addIfMarked(List<Window> out, List<CoreLabel> tokens, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (marker.test(tokens.get(i).word())) {
        out.add(new Window(begin, end));
        return;
      }
    }
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
