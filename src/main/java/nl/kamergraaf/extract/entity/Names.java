package nl.kamergraaf.extract.entity;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared: Unicode-composed, typographic apostrophes and spaces folded. */
public final class Names {
  private Names() {}

  /** The form a name is looked up by, keeping case. */
  public static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFC)
        .replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('‑', '-').replace('–', '-');
    return s.strip().replaceAll("\\s+", " ");
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
