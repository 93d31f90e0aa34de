package nl.kamergraaf.extract.amount;

import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.amount.AmountLexicon.Cue;
import nl.kamergraaf.extract.amount.AmountLexicon.Form;
import nl.kamergraaf.extract.amount.AmountLexicon.Row;

/**
 * The lexicon's words found in one sentence's lower-case tokens: a row's form starting at a token
 * (the longest wins), or a row's words standing anywhere in a stretch of tokens (both parts of a
 * separable verb, "stelt … beschikbaar").
 */
final class Cues {
  private final String[] words;
  private final AmountLexicon lexicon;

  Cues(String[] words, AmountLexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
  }

  /** The longest form of a row of one of {@code cues} that starts at token {@code i}, or null. */
  SentenceView.Match match(int i, Set<Cue> cues) {
    SentenceView.Match best = null;
    for (Cue cue : cues) {
      for (Row row : lexicon.rows(cue)) {
        for (Form f : row.forms()) {
          if (!f.pair()
              && startsAt(f.tokens(), i)
              && (best == null || f.tokens().size() > best.length())) {
            best = new SentenceView.Match(row, f.tokens().size());
          }
        }
      }
    }
    return best;
  }

  /**
   * Whether a row of kind {@code cue} stands in tokens {@code [from, to)}; with {@code participle}
   * only a participle form.
   */
  boolean has(int from, int to, Cue cue, boolean participle) {
    for (Row row : lexicon.rows(cue)) {
      for (Form f : row.forms()) {
        if (participle && !f.participle()) {
          continue;
        }
        boolean found =
            f.pair()
                ? contains(from, to, List.of(f.tokens().get(0)))
                    && contains(from, to, List.of(f.tokens().get(1)))
                : contains(from, to, f.tokens());
        if (found) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean contains(int from, int to, List<String> form) {
    for (int i = from; i + form.size() <= to; i++) {
      if (startsAt(form, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsAt(List<String> form, int i) {
    if (i < 0 || i + form.size() > words.length) {
      return false;
    }
    for (int k = 0; k < form.size(); k++) {
      if (!words[i + k].equals(form.get(k))) {
        return false;
      }
    }
    return true;
  }
}
