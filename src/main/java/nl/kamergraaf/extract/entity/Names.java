package nl.kamergraaf.extract.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: Unicode-composed, typographic apostrophes and spaces folded. */
public final class Names {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  /**
   * The case-folded letters and digits of a name's first word piece, by which a match can start
   * ("(counter)-drone" → "counter"); tokenizers split punctuation differently, so it is left out on
   * both sides.
   */
  public static String firstPiece(String name) {
    // By hand, not by regex: it runs for every word piece of every document.
    String s = fold(name).strip();
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == ' ' || cp == '/' || cp == '-') {
        break;
      }
      if (Character.isLetter(cp) || isNumber(cp)) {
        key.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return key.toString();
  }

  /** {@code \p{N}}: a digit, a letter number (Ⅻ) or another number (½). */
  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The form a name is looked up by, keeping case. */
  public static String normalise(String name) {
    if (isNormal(name)) {
      return name;
    }
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFC)
            .replace('’', '\'')
            .replace('‘', '\'')
            .replace('‐', '-')
            .replace('‑', '-')
            .replace('–', '-');
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }

  /**
   * Whether {@code name} is its own normal form, checked without regex or {@link Normalizer}:
   * entity matching normalises every candidate span, and nearly all are plain text already. Below
   * U+0300 there are no combining marks, so NFC changes nothing; the folded dashes and quotes lie
   * above it; and single spaces between other printable characters stay as they are.
   */
  private static boolean isNormal(String name) {
    int n = name.length();
    if (n == 0) {
      return true;
    }
    if (name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= '\u0300' || (c <= ' ' && (c != ' ' || previous == ' ')) || c == '\u007F') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** The case-folded lookup form. */
  public static String fold(String name) {
    return normalise(name).toLowerCase(Locale.ROOT);
  }

  /** Whether a name must match with its case: one word, or an acronym (EU, NAVO, F-35). */
  public static boolean caseSensitive(String name) {
    String n = normalise(name);
    if (!n.contains(" ")) {
      return true;
    }
    return n.equals(n.toUpperCase(Locale.ROOT));
  }
}
