package nl.kamergraaf.ingest.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of a PDF's running text that paragraph and footnote detection compare lines with:
 * the body font size (the size most letters have), the usual distance between the baselines of two
 * lines of one paragraph, and the right edge of the text column.
 */
record PdfMetrics(float bodySize, float pitch, float rightEdge) {

  static PdfMetrics of(List<PdfLine> lines) {
    Map<Float, Integer> sizes = new HashMap<>();
    for (PdfLine line : lines) {
      sizes.merge(line.size(), line.text().length(), Integer::sum);
    }
    float body = mode(sizes, 10f);
    Map<Float, Integer> gaps = new HashMap<>();
    List<Float> rights = new ArrayList<>();
    PdfLine previous = null;
    for (PdfLine line : lines) {
      boolean bodyLine = Math.abs(line.size() - body) < 1f;
      if (bodyLine) {
        rights.add(line.right());
      }
      if (bodyLine
          && previous != null
          && previous.page() == line.page()
          && Math.abs(previous.size() - body) < 1f) {
        float gap = line.baseline() - previous.baseline();
        if (gap > body * 0.8f && gap <= body * 2f) {
          gaps.merge(Math.round(gap * 2) / 2f, 1, Integer::sum);
        }
      }
      previous = line;
    }
    float pitch = mode(gaps, body * 1.2f);
    rights.sort(null);
    float right = rights.isEmpty() ? 0 : rights.get((int) Math.floor((rights.size() - 1) * 0.95));
    return new PdfMetrics(body, pitch, right);
  }

  private static float mode(Map<Float, Integer> counts, float otherwise) {
    float best = otherwise;
    int bestCount = 0;
    for (Map.Entry<Float, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
