package nl.kamergraaf.serve.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What someone typed in the search box: words and "quoted phrases", all of which must occur. A word
 * the analyser cuts in pieces ("F-35") is searched as a phrase, so it matches "F-35" and not every
 * "F" and every "35".
 */
public final class SearchWords {
  private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  /** Longer input is cut: a search box is not a place for essays (and Lucene's clause limit). */
  static final int MAX_PARTS = 12;

  private final List<String> parts;
  private final List<List<String>> terms;

  private SearchWords(List<String> parts, List<List<String>> terms) {
    this.parts = parts;
    this.terms = terms;
  }

  /** The parts of {@code input}, each analysed by {@code analyzer} (the index's own). */
  public static SearchWords parse(String input, Analyzer analyzer) {
    List<String> parts = new ArrayList<>();
    List<List<String>> terms = new ArrayList<>();
    Matcher m = PART.matcher(input == null ? "" : input);
    while (m.find() && parts.size() < MAX_PARTS) {
      String part = (m.group(1) != null ? m.group(1) : m.group(2)).replace("\\", " ").strip();
      List<String> analysed = analyse(analyzer, part);
      if (!analysed.isEmpty()) {
        parts.add(part);
        terms.add(analysed);
      }
    }
    return new SearchWords(List.copyOf(parts), List.copyOf(terms));
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** The parts as typed, e.g. {@code [drones, F-35]}. */
  public List<String> parts() {
    return parts;
  }

  /** Each part's terms as the index holds them, e.g. {@code [[drone], [f, 35]]}. */
  public List<List<String>> terms() {
    return terms;
  }

  /**
   * A Lucene query in the classic syntax {@code text:query} reads: every part required, each quoted
   * as a phrase. Parts hold no quote or backslash, the only characters special inside a phrase, so
   * nothing typed becomes query syntax. The parts go in as typed, not as terms: the index analyses
   * the query itself, and stemming a stem again may change it.
   */
  public String luceneQuery() {
    StringBuilder q = new StringBuilder();
    for (String part : parts) {
      q.append(q.isEmpty() ? "" : " ").append("+\"").append(part).append('"');
    }
    return q.toString();
  }

  static List<String> analyse(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
