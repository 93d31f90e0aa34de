package nl.kamergraaf.serve.limits;

/**
 * How deep a query's brackets nest, read from its text before it is parsed. Jena's parser and
 * algebra recurse once per level: a query of a few thousand nested groups (30 KB) overflowed a
 * server thread's stack, which Fuseki answered with 500, an empty body and a thousand lines of
 * stack trace in the log.
 */
final class QueryNesting {
  /** Far deeper than any query written by hand or by the pages; far below a thread's stack. */
  static final int MAX_DEPTH = 100;

  private QueryNesting() {}

  /**
   * The deepest nesting of {@code { ( [} in {@code query}, not counting brackets in strings,
   * comments and IRIs.
   */
  static int depth(String query) {
    int depth = 0;
    int deepest = 0;
    int n = query.length();
    for (int i = 0; i < n; i++) {
      char c = query.charAt(i);
      switch (c) {
        case '{', '(', '[' -> deepest = Math.max(deepest, ++depth);
        case '}', ')', ']' -> depth = Math.max(0, depth - 1);
        case '#' -> i = endOfLine(query, i);
        case '"', '\'' -> i = endOfString(query, i);
        case '<' -> i = endOfIri(query, i);
        default -> {}
      }
    }
    return deepest;
  }

  private static int endOfLine(String q, int i) {
    int end = q.indexOf('\n', i);
    return end < 0 ? q.length() : end;
  }

  /** The last index of the string starting at {@code i}: short or long form, with escapes. */
  private static int endOfString(String q, int i) {
    char quote = q.charAt(i);
    String three = String.valueOf(quote).repeat(3);
    boolean isLong = q.startsWith(three, i);
    int j = i + (isLong ? 3 : 1);
    while (j < q.length()) {
      char c = q.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (isLong ? q.startsWith(three, j) : c == quote) {
        return j + (isLong ? 2 : 0);
      } else {
        j++;
      }
    }
    return q.length();
  }

  /** An IRI runs to {@code >} with no space or bracket on the way; else {@code <} compares. */
  private static int endOfIri(String q, int i) {
    for (int j = i + 1; j < q.length(); j++) {
      char c = q.charAt(j);
      if (c == '>') {
        return j;
      }
      if (Character.isWhitespace(c) || "<\"{}|^`".indexOf(c) >= 0) {
        return i;
      }
    }
    return i;
  }
}
