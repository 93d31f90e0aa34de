package nl.kamergraaf.build.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How texts and queries are cut into terms: words, lower-cased, diacritics folded ("Oekraïne" finds
 * "Oekraine"), then stemmed with the Kraaij-Pohlmann stemmer for Dutch ("drones" finds "drone",
 * "investeringen" finds "investering").
 *
 * <p>Kraaij-Pohlmann rather than Lucene's default Dutch Snowball stemmer: the latter keeps the
 * {@code -s} of plurals after a vowel, so "drones" and "drone" stayed apart. There are no stop
 * words, so a phrase matches word for word.
 */
public final class DutchTextAnalyzer extends Analyzer {
  /** Snowball's name for the Kraaij-Pohlmann Dutch stemmer. */
  private static final String STEMMER = "Kp";

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream terms = new LowerCaseFilter(words);
    // Folding before stemming, so the stemmer sees the spelling without diacritics either way.
    terms = new ASCIIFoldingFilter(terms);
    terms = new SnowballFilter(terms, STEMMER);
    return new TokenStreamComponents(words, terms);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
