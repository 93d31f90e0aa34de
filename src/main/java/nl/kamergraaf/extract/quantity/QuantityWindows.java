package nl.kamergraaf.extract.quantity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.quantity.QuantityLexicon.Category;

/**
 * The stretches of a sentence that {@code quantities.rules} can match in, as token ranges.
 *
 * <p>TokensRegex tries every rule at every token of what it is given, which made the quantity
 * rules half the extraction time. But every rule's match holds an <em>anchor</em> (a number in
 * digits or words, or a fraction word: {@code $NUM}, {@code $SIGNED_NUM}, {@code $NUM_RANGE},
 * {@code $FRACTION}), each of its tokens lies within {@link #REACH} tokens of an anchor of the
 * match, and it holds a <em>marker</em> (a currency, percent or fraction word). So each match lies
 * inside one merged stretch of anchors ± {@code REACH} that holds a marker, and matching those
 * stretches alone gives the same matches as matching the whole sentence: the rules use no
 * sentence start or end, and matches in different stretches never overlap, so TokensRegex's
 * choice between overlapping matches is made within a stretch either way.
 */
final class QuantityWindows {
  /**
   * How far from its nearest anchor a token of a match can be. The longest reach of the rules
   * today is 7, after the number of "€ 5 miljard pond sterling , - per jaar"; a rule or lexicon
   * entry that reaches further must raise this (QuantityWindowsTest checks every case).
   */
  static final int REACH = 8;

  /** The lexicon categories of which every rule needs a word: currencies, percent, fractions. */
  private static final EnumSet<Category> MARKERS = EnumSet.of(
      Category.CURRENCY_BEFORE, Category.CURRENCY_AFTER, Category.PERCENT, Category.FRACTION);

  private final QuantityNumbers numbers;
  private final Pattern fraction;
  private final Pattern marker;

  QuantityWindows(QuantityLexicon lexicon, QuantityNumbers numbers) {
    this.numbers = numbers;
    this.fraction = lexicon.anyWord(EnumSet.of(Category.FRACTION));
    this.marker = lexicon.anyWord(MARKERS);
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
      if (!isAnchor(tokens.get(i).word())) {
        continue;
      }
      int from = Math.max(0, i - REACH);
      // Touching stretches are one: a match may run from one into the other.
      if (begin >= 0 && from > end) {
        addIfMarked(out, tokens, begin, end);
        begin = -1;
      }
      if (begin < 0) {
        begin = from;
      }
      end = Math.min(n, i + REACH + 1);
    }
    if (begin >= 0) {
      addIfMarked(out, tokens, begin, end);
    }
    return out;
  }

  private void addIfMarked(List<Window> out, List<CoreLabel> tokens, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (marker.matcher(tokens.get(i).word()).matches()) {
        out.add(new Window(begin, end));
        return;
      }
    }
  }

  /** Digits anywhere (the pieces of "500 000" too), a number word or year, or a fraction word. */
  boolean isAnchor(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return numbers.type(word) != null || fraction.matcher(word).matches();
  }
}
