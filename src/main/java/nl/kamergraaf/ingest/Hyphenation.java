package nl.kamergraaf.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides how a word split over two lines with a hyphen is joined again: without the hyphen
 * ("samen-" "werking"), with it ("defensie-" "industrie", "NAVO-" "landen") or as a suspended
 * hyphen followed by a space ("veiligheids-" "en"). The word lists are in {@code hyphenation.txt}.
 */
public final class Hyphenation {
  /** The three ways to join. */
  public enum Join {
    /** Drop the hyphen: "samenwerking". */
    WITHOUT_HYPHEN,
    /** Keep the hyphen, no space: "defensie-industrie". */
    WITH_HYPHEN,
    /** Keep the hyphen and add a space: "veiligheids- en". */
    SUSPENDED
  }

  private final Set<String> suspended = new HashSet<>();
  private final Set<String> keepAfter = new HashSet<>();
  private final Set<String> vowelClash = new HashSet<>();

  public Hyphenation() {
    for (String line : RuleFile.lines("hyphenation.txt")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("hyphenation.txt: no 'key:' in line: " + line);
      }
      Set<String> target =
          switch (line.substring(0, colon).strip()) {
            case "suspended" -> suspended;
            case "keep-after" -> keepAfter;
            case "vowel-clash" -> vowelClash;
            default -> throw new IllegalStateException("hyphenation.txt: unknown key in: " + line);
          };
      for (String word : line.substring(colon + 1).strip().split("\\s+")) {
        target.add(word.toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * How to join {@code before} and {@code after}, the letters and digits before the hyphen and at
   * the start of the next line, given the lower-cased hyphenated compounds and joined words that
   * the document contains elsewhere.
   */
  public Join decide(
      String before, String after, Set<String> hyphenatedSeen, Set<String> joinedSeen) {
    String pre = before.toLowerCase(Locale.ROOT);
    String post = after.toLowerCase(Locale.ROOT);
    if (suspended.contains(post) && post.equals(after)) {
      return Join.SUSPENDED;
    }
    if (hyphenatedSeen.contains(pre + "-" + post)) {
      return Join.WITH_HYPHEN;
    }
    if (joinedSeen.contains(pre + post)) {
      return Join.WITHOUT_HYPHEN;
    }
    if (before.isEmpty() || after.isEmpty()) {
      return Join.WITH_HYPHEN;
    }
    char last = before.charAt(before.length() - 1);
    char first = after.charAt(0);
    if (!Character.isLowerCase(last) || !Character.isLowerCase(first)) {
      return Join.WITH_HYPHEN; // NAVO-landen, Noord-Atlantisch, F-35
    }
    if (keepAfter.contains(pre) || vowelClash.contains("" + last + first)) {
      return Join.WITH_HYPHEN;
    }
    return Join.WITHOUT_HYPHEN;
  }
}
