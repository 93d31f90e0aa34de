package nl.kamergraaf.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises page headers, footers and page numbers (rules in {@code page-furniture.txt}). */
public final class PageFurniture {
  private static final String WRAPPED = "wrapped:";

  private final List<Pattern> always = new ArrayList<>();
  private final List<Pattern> wrappedOnly = new ArrayList<>();

  public PageFurniture() {
    for (String line : RuleFile.lines("page-furniture.txt")) {
      if (line.startsWith(WRAPPED)) {
        wrappedOnly.add(Pattern.compile(line.substring(WRAPPED.length()).strip()));
      } else {
        always.add(Pattern.compile(line));
      }
    }
  }

  /** Whether a cleaned line is furniture; lone numbers count only in wrapped text. */
  public boolean matches(CharSequence line, boolean wrapped) {
    // Furniture lines are short; the length check keeps long paragraphs away from the regexes.
    if (line.length() > 200) {
      return false;
    }
    for (Pattern p : always) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    if (wrapped) {
      for (Pattern p : wrappedOnly) {
        if (p.matcher(line).matches()) {
          return true;
        }
      }
    }
    return false;
  }
}
