package nl.kamergraaf.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.Span;

/**
 * The units names are matched over: tokens, with hyphenated and slashed tokens also cut into their
 * parts, so that "NAVO" is found in "NAVO-landen" and "PVV" in "PVV-fractie".
 */
final class WordPieces {
  private WordPieces() {}

  static List<Span> of(List<CoreLabel> tokens) {
    List<Span> pieces = new ArrayList<>();
    for (CoreLabel t : tokens) {
      int start = t.beginPosition();
      String w =
          t.originalText() != null && !t.originalText().isEmpty() ? t.originalText() : t.word();
      int from = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if ((c == '-' || c == '/') && i > 0 && i < w.length() - 1) {
          pieces.add(new Span(start + from, start + i));
          from = i + 1;
        }
      }
      pieces.add(new Span(start + from, start + w.length()));
    }
    return pieces;
  }
}
