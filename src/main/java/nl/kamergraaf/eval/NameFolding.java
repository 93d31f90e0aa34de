package nl.kamergraaf.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds a name to the form two names are compared in, so that spelling variants that a reader would
 * not tell apart compare equal: "Oekraïne" and "oekraine", "F-35’s" and "F‑35's".
 *
 * <p>Steps: Unicode compatibility decomposition (NFKD) and removal of the combining marks it splits
 * off (accents, diaeresis); curly and prime apostrophes to {@code '}; every dash to {@code -};
 * lower case; whitespace runs to one space; punctuation around the whole name removed (but not
 * {@code %}, which is part of names like "1,5%-norm").
 */
public final class NameFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u201B\u2032`\u00B4]");
  private static final Pattern DASHES = Pattern.compile("\\p{Pd}");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern EDGES =
      Pattern.compile("^[\\p{P}\\p{Z}\\s&&[^%]]+|[\\p{P}\\p{Z}\\s&&[^%]]+$");

  private NameFolding() {}

  /** The folded form of {@code name}; null stays null. */
  public static String fold(String name) {
    if (name == null) {
      return null;
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = APOSTROPHES.matcher(s).replaceAll("'");
    s = DASHES.matcher(s).replaceAll("-");
    s = s.toLowerCase(Locale.ROOT);
    s = SPACES.matcher(s).replaceAll(" ");
    return EDGES.matcher(s).replaceAll("");
  }

  /** The folded forms of all {@code names}, without nulls and empty results. */
  public static Set<String> foldAll(Collection<String> names) {
    Set<String> folded = new LinkedHashSet<>();
    for (String name : names) {
      String f = fold(name);
      if (f != null && !f.isEmpty()) {
        folded.add(f);
      }
    }
    return folded;
  }
}
