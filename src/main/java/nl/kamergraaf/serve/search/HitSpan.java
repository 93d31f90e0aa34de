package nl.kamergraaf.serve.search;

import java.util.Optional;
import java.util.function.Function;
import nl.kamergraaf.build.text.SourceTexts;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Where a hit's first matching words stand in its document's file, in code points. */
final class HitSpan {
  private HitSpan() {}

  /**
   * The code points of the snippet's first match in the document's file. Exact when the indexed
   * text is the file's text at the item's span (or the whole file); otherwise the matched words are
   * looked for in the file after the question they answer, so the link still lands on them.
   */
  static long[] of(
      Binding row,
      Found found,
      String text,
      Snippet snippet,
      Function<String, Optional<String>> originals) {
    long[] none = {-1, -1};
    Optional<String> original = originals.apply(lexical(row, "source"));
    if (!snippet.matched() || original.isEmpty()) {
      return none;
    }
    String file = original.get();
    long itemStart = -1;
    if (found == Found.PAPER && file.equals(text)) {
      itemStart = 0;
    } else if (row.get(Var.alloc("start")) != null) {
      // The indexed text is the item's span, or a part of it (TextIndexBuild.choose).
      long s = number(row, "start");
      String spanned = SourceTexts.span(file, s, number(row, "end")).orElse("");
      int at = spanned.indexOf(text);
      if (at >= 0) {
        itemStart = s + spanned.codePointCount(0, at);
      }
    }
    if (itemStart >= 0) {
      long start = itemStart + text.codePointCount(0, snippet.firstStart());
      return new long[] {
        start, start + text.codePointCount(snippet.firstStart(), snippet.firstEnd())
      };
    }
    String words = text.substring(snippet.firstStart(), snippet.firstEnd());
    long after = row.get(Var.alloc("qend")) != null ? number(row, "qend") : 0;
    int from =
        after > 0 && after < file.codePointCount(0, file.length())
            ? file.offsetByCodePoints(0, (int) after)
            : 0;
    int at = file.indexOf(words, from);
    if (at < 0) {
      return none;
    }
    long start = file.codePointCount(0, at);
    return new long[] {start, start + words.codePointCount(0, words.length())};
  }

  private static long number(Binding row, String var) {
    return ((Number) row.get(Var.alloc(var)).getLiteralValue()).longValue();
  }

  private static String lexical(Binding row, String var) {
    Node n = row.get(Var.alloc(var));
    return n == null ? null : n.getLiteralLexicalForm();
  }
}
