package nl.kamergraaf.serve.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A short piece of a text around its first match, in parts that are marked (the matching words) or
 * not, and where in the whole text that first match is.
 *
 * <p>Matches are found by cutting the text with the index's own analyser and comparing terms, so
 * the snippet marks exactly what the index matched ("drones" for a search on "drone"), at the
 * offsets of the original characters.
 */
public record Snippet(List<Part> parts, int firstStart, int firstEnd) {
  /** Words of context before the first match and after it. */
  static final int BEFORE = 14;

  static final int AFTER = 26;

  /** A piece of the snippet; {@code marked} if it is a match. */
  public record Part(String text, boolean marked) {}

  /** Whether the text matched at all (a hit whose words are not in this text has no span). */
  public boolean matched() {
    return firstStart >= 0;
  }

  private record Token(String term, int start, int end) {}

  /** The snippet of {@code text} for the analysed {@code phrases} ({@link SearchWords#terms}). */
  public static Snippet of(String text, List<List<String>> phrases, Analyzer analyzer) {
    List<Token> tokens = tokens(text, analyzer);
    List<int[]> matches = new ArrayList<>(); // token index ranges [from, to)
    for (int i = 0; i < tokens.size(); i++) {
      for (List<String> phrase : phrases) {
        if (matchesAt(tokens, i, phrase)) {
          matches.add(new int[] {i, i + phrase.size()});
          break;
        }
      }
    }
    if (tokens.isEmpty()) {
      return new Snippet(List.of(new Part(text, false)), -1, -1);
    }
    int first = matches.isEmpty() ? 0 : matches.get(0)[0];
    int from = Math.max(0, first - BEFORE);
    int to = Math.min(tokens.size(), (matches.isEmpty() ? first : matches.get(0)[1]) + AFTER);
    int charFrom = from == 0 ? 0 : tokens.get(from).start;
    int charTo = to == tokens.size() ? text.length() : tokens.get(to - 1).end;
    List<Part> parts = new ArrayList<>();
    if (charFrom > 0) {
      parts.add(new Part("… ", false));
    }
    int pos = charFrom;
    for (int[] m : matches) {
      int s = tokens.get(m[0]).start;
      int e = tokens.get(m[1] - 1).end;
      if (s < pos || e > charTo) {
        continue;
      }
      parts.add(new Part(text.substring(pos, s), false));
      parts.add(new Part(text.substring(s, e), true));
      pos = e;
    }
    parts.add(new Part(text.substring(pos, charTo), false));
    if (charTo < text.length()) {
      parts.add(new Part(" …", false));
    }
    if (matches.isEmpty()) {
      return new Snippet(parts, -1, -1);
    }
    return new Snippet(
        parts, tokens.get(matches.get(0)[0]).start, tokens.get(matches.get(0)[1] - 1).end);
  }

  private static boolean matchesAt(List<Token> tokens, int i, List<String> phrase) {
    if (phrase.isEmpty() || i + phrase.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!tokens.get(i + k).term.equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static List<Token> tokens(String text, Analyzer analyzer) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
