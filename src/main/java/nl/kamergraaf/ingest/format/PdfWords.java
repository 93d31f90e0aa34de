package nl.kamergraaf.ingest.format;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a PDF uses, lower-cased, so a word split over two lines with a hyphen can be joined the
 * way the document writes it elsewhere: whole words ("samenwerking") and the pairs inside
 * hyphenated compounds ("defensie-industrie").
 */
final class PdfWords {
  private static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
  private final Set<String> words = new HashSet<>();
  private final Set<String> hyphenated = new HashSet<>();
  private final Set<String> hyphenPrefixes = new HashSet<>();

  PdfWords(List<List<PdfLine>> pages) {
    for (List<PdfLine> page : pages) {
      for (PdfLine line : page) {
        add(line.text());
      }
    }
  }

  private void add(String text) {
    Matcher m = COMPOUND.matcher(text);
    while (m.find()) {
      // A compound at the very end of a line may be the first half of a split word: its
      // hyphen is the line's, not the word's.
      boolean atLineEnd =
          m.end() < text.length()
              && text.charAt(m.end()) == '-'
              && text.substring(m.end() + 1).isBlank();
      String[] parts = m.group().toLowerCase(Locale.ROOT).split("-");
      for (int i = 0; i < parts.length; i++) {
        if (!atLineEnd || i < parts.length - 1) {
          words.add(parts[i]);
        }
        if (i > 0) {
          hyphenated.add(parts[i - 1] + "-" + parts[i]);
          hyphenPrefixes.add(parts[i - 1]);
        }
      }
    }
  }

  /** Lower-cased words seen whole. */
  Set<String> words() {
    return words;
  }

  /** Lower-cased first parts of the hyphenated pairs: "patriot" of "Patriot-raketten". */
  Set<String> hyphenPrefixes() {
    return hyphenPrefixes;
  }

  /** Lower-cased pairs seen joined by a hyphen inside a line. */
  Set<String> hyphenated() {
    return hyphenated;
  }
}
