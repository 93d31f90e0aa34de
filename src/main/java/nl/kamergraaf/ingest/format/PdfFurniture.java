package nl.kamergraaf.ingest.format;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.PageFurniture;

/**
 * Finds the page furniture of a PDF: lines near the top or bottom of a page that repeat on most
 * pages at about the same height (running headers and footers; digits count as equal, so "Pagina 2
 * van 8" repeats), lone page numbers there, and any line the text reader's own furniture rules
 * ({@code page-furniture.txt}) match.
 */
final class PdfFurniture {
  // A page's top and bottom this many lines are candidates.
  private static final int BAND_LINES = 3;
  // Heights are compared in steps of this many points.
  private static final float HEIGHT_STEP = 6;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(pagina|page|blz\\.?)?\\s*[-–]?\\s*\\d{1,4}\\s*[-–]?\\s*((van|of|/)\\s*\\d{1,4})?");
  private static final PageFurniture RULES = new PageFurniture();

  private PdfFurniture() {}

  /** The furniture lines of the document (by identity). */
  static Set<PdfLine> find(List<List<PdfLine>> pages) {
    Map<String, Set<Integer>> pagesByKey = new HashMap<>();
    for (List<PdfLine> page : pages) {
      for (PdfLine line : band(page)) {
        pagesByKey.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
      }
    }
    // "Most pages": half of them, but at least three when there are (a body line such as
    // "Antwoord" may start two pages by chance), and never one: one page shows no repetition.
    int needed = Math.max(2, Math.min(pages.size(), Math.max(3, (pages.size() + 1) / 2)));
    Set<PdfLine> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<PdfLine> page : pages) {
      for (PdfLine line : band(page)) {
        String text = line.text().strip();
        if (pagesByKey.get(key(line)).size() >= needed || PAGE_NUMBER.matcher(text).matches()) {
          furniture.add(line);
        }
      }
      for (PdfLine line : page) {
        if (RULES.matches(line.text().strip().replaceAll("\\s+", " "), false)) {
          furniture.add(line);
        }
      }
    }
    return furniture;
  }

  /** The top and bottom lines of a page by height, blank ones left out. */
  private static Set<PdfLine> band(List<PdfLine> page) {
    List<PdfLine> byHeight =
        page.stream()
            .filter(l -> !l.isBlank())
            .sorted((a, b) -> Float.compare(a.baseline(), b.baseline()))
            .toList();
    Set<PdfLine> band = Collections.newSetFromMap(new IdentityHashMap<>());
    int n = byHeight.size();
    for (int i = 0; i < Math.min(BAND_LINES, n); i++) {
      band.add(byHeight.get(i));
      band.add(byHeight.get(n - 1 - i));
    }
    return band;
  }

  private static String key(PdfLine line) {
    String text =
        line.text()
            .strip()
            .replaceAll("\\s+", " ")
            .replaceAll("\\d+", "#")
            .toLowerCase(Locale.ROOT);
    return Math.round(line.baseline() / HEIGHT_STEP) + "|" + text;
  }
}
