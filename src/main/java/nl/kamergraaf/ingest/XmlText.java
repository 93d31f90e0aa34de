package nl.kamergraaf.ingest;

/**
 * The characters an XML 1.0 document can hold, and text made to hold only those. XML forbids the C0
 * controls but tab, line feed and carriage return, the non-characters U+FFFE and U+FFFF, and
 * unpaired surrogates; one of them in a document made every XML form of the graph malformed (the
 * GEXF and GraphML exports, SPARQL XML results, RDF/XML).
 *
 * <p>Each is replaced by one character, so positions counted in chars or code points stay where
 * they were: a form feed by a line feed (both end a line), another control by a space (as the
 * converters and the normaliser read it), the rest by U+FFFD, the replacement character.
 */
public final class XmlText {
  public static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  /** Whether XML 1.0 can hold the code point {@code c}. */
  public static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** The index of the first char XML cannot hold in {@code text}, or -1. */
  public static int firstForbidden(CharSequence text) {
    return firstForbidden(text, 0);
  }

  private static int firstForbidden(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a pair: a code point above U+FFFF, which XML holds
      } else if (Character.isSurrogate(c) || !allowed(c)) {
        return i;
      }
    }
    return -1;
  }

  /** How many chars of {@code text} XML cannot hold. */
  public static int countForbidden(String text) {
    int n = 0;
    for (int i = firstForbidden(text, 0); i >= 0; i = firstForbidden(text, i + 1)) {
      n++;
    }
    return n;
  }

  /** {@code text} with every char XML cannot hold replaced, one for one; the same text if none. */
  public static String clean(String text) {
    int first = firstForbidden(text);
    if (first < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = first; i >= 0; i = firstForbidden(text, i + 1)) {
      char c = chars[i];
      chars[i] = c == '\f' ? '\n' : c < 0x20 ? ' ' : REPLACEMENT;
    }
    return new String(chars);
  }
}
