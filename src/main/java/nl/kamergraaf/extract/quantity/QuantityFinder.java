package nl.kamergraaf.extract.quantity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import nl.kamergraaf.extract.quantity.QuantityLexicon.Category;
import nl.kamergraaf.ingest.Span;

/**
 * Finds amounts of money and percentages in Dutch text and normalises them: exact value (and upper
 * value of a range), ISO currency, what a percentage is a share of, per year, and the period the
 * sentence ties to it. Subject and programme are left to entity linking.
 *
 * <p>The patterns are TokensRegex rules in {@code rules/quantities.rules} and {@code
 * rules/quantities-periods.rules}; the words they rely on are in {@code
 * rules/quantities-lexicon.tsv}. Each quantity names the rule that found it.
 *
 * <pre>
 * QuantityFinder finder = QuantityFinder.load();
 * for (Quantity q : finder.find(doc.text(), null)) {
 *   // q.value() = 1150000000, q.currency() = "EUR", q.period() = "2025-2030",
 *   // q.provenance().rule() = "quantity/amount-symbol"
 * }
 * </pre>
 *
 * <p>Not thread-safe: use one finder per thread.
 */
public final class QuantityFinder {
  private final DutchTokenizer tokenizer;
  private final QuantityLexicon lexicon;
  private final QuantityRules quantityRules;
  private final QuantityRules periodRules;
  private final Quantities quantities;
  private final QuantityWindows windows;
  private final QuantityWindows periodWindows;

  private QuantityFinder(DutchTokenizer tokenizer, QuantityLexicon lexicon) {
    this.tokenizer = tokenizer;
    this.lexicon = lexicon;
    this.quantityRules = QuantityRules.load(QuantityRules.QUANTITIES, lexicon);
    this.periodRules = QuantityRules.load(QuantityRules.PERIODS, lexicon);
    QuantityNumbers numbers = new QuantityNumbers(lexicon);
    this.quantities = new Quantities(lexicon, numbers);
    // Most sentences hold no number near a currency or percent word and are not matched at
    // all; the rest only near their numbers: TokensRegex was most of the extraction time.
    this.windows = QuantityWindows.forQuantities(lexicon, numbers);
    this.periodWindows = QuantityWindows.forPeriods(numbers);
  }

  /**
   * A finder with the bundled rules and lexicon.
   *
   * @throws QuantityRulesException if a rule or lexicon line is broken (says file:line:col)
   */
  public static QuantityFinder load() {
    return new QuantityFinder(DutchTokenizer.create(), QuantityLexicon.load());
  }

  /**
   * The quantities in {@code text}, in text order.
   *
   * @param sentences the sentence spans of {@code text}; null to let {@link DutchTokenizer} split
   *     the text (each line at least one sentence)
   */
  public List<Quantity> find(String text, List<Span> sentences) {
    return find(text, sentences, null);
  }

  /**
   * The quantities in {@code text}, in text order, with "dit jaar", "vorig jaar" and "volgend jaar"
   * read as years relative to {@code documentYear}.
   *
   * @param sentences as for {@link #find(String, List)}
   * @param documentYear the year the document was written, or null if unknown (relative years then
   *     give no period)
   */
  public List<Quantity> find(String text, List<Span> sentences, Year documentYear) {
    List<CoreMap> split =
        sentences == null ? tokenizer.sentences(text) : tokenizer.sentences(text, sentences);
    return findInSentences(text, split, documentYear);
  }

  /**
   * The quantities in sentences the caller has already tokenized with {@link DutchTokenizer}
   * (offsets into {@code text}), so a document is tokenized once.
   */
  public List<Quantity> findInSentences(String text, List<CoreMap> split, Year documentYear) {
    List<Quantity> found = new ArrayList<>();
    for (CoreMap sentence : split) {
      found.addAll(inSentence(sentence, text, documentYear));
    }
    return found;
  }

  private List<Quantity> inSentence(CoreMap sentence, String text, Year documentYear) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<QuantityWindows.Window> near = windows.of(tokens);
    if (near.isEmpty()) {
      return List.of();
    }
    List<RuleMatch> matches = quantityRules.match(sentence, near);
    if (matches.isEmpty()) {
      return List.of();
    }
    Periods periods =
        Periods.of(periodRules.match(sentence, periodWindows.of(tokens)), text, documentYear);
    String share = shareNamed(tokens);
    List<Span> spans = matches.stream().map(RuleMatch::span).toList();
    List<Quantity> out = new ArrayList<>();
    for (RuleMatch match : matches) {
      String inferredShare = followedByVan(match.span(), tokens) ? null : share;
      String period = periods.nearest(match.span(), spans);
      Quantity q = quantities.of(match, text, period, inferredShare);
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * What the sentence names as a base of shares ("bbp"), one to three words, or null. A percentage
   * that states no base of its own takes this one: "naar 2,8% van het bbp in 2030 en 3,5% in 2035".
   */
  private String shareNamed(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      StringBuilder words = new StringBuilder();
      for (int n = 0; n < 3 && i + n < tokens.size(); n++) {
        words.append(n == 0 ? "" : " ").append(tokens.get(i + n).word());
        String share = lexicon.meaning(Category.SHARE, words.toString());
        if (share != null) {
          return share;
        }
      }
    }
    return null;
  }

  /** Whether "van" follows the span: then the share is something the lexicon does not know. */
  private static boolean followedByVan(Span span, List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      if (token.beginPosition() >= span.end()) {
        return token.word().toLowerCase(Locale.ROOT).equals("van");
      }
    }
    return false;
  }
}
