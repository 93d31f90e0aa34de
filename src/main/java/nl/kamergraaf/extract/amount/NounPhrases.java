package nl.kamergraaf.extract.amount;

import java.util.Set;
import nl.kamergraaf.extract.amount.SentenceView.Named;

/**
 * Where a noun phrase ends or starts, read without a tagger: determiners, adjectives (Dutch
 * attributive adjectives end in -e) and numbers, then a head (a name or a word; "het volgend MFK"
 * and "de Nederlandse defensie-industrie" have two), then "van" and another phrase, or "en", "of"
 * or a comma and another phrase.
 */
final class NounPhrases {
  static final Set<String> DETERMINERS =
      Set.of(
          "de", "het", "een", "der", "des", "'s", "deze", "dit", "onze", "ons", "zijn", "haar",
          "hun", "mijn", "uw", "alle", "elk", "elke", "enkele", "beide", "nog", "eens", "diens",
          "wiens", "welk", "welke", "geen", "zo'n");
  private static final int MAX_UNITS = 6;

  private final SentenceView s;

  NounPhrases(SentenceView sentence) {
    this.s = sentence;
  }

  /** The token after the noun phrase that starts at {@code from}, at most {@code limit}. */
  int end(int from, int limit) {
    int j = from;
    for (int units = 0; j < limit && units < MAX_UNITS; units++) {
      int afterUnit = unit(j, limit);
      if (afterUnit == j) {
        break;
      }
      j = afterUnit;
      if (j < limit && s.words[j].equals("van")) {
        j++;
        continue;
      }
      // "aan Oekraïne en Moldavië" goes on; "aan PURL en Nederland geeft …" starts a clause
      if (j + 1 < limit
          && s.words[j].matches("en|of|,|alsook")
          && startsPhrase(j + 1)
          && !s.isVerb(unit(j + 1, limit))) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * The token after the determiners, adjectives and head that start at {@code j}; {@code j} when
   * none.
   */
  private int unit(int j, int limit) {
    int unit = j;
    while (j < limit && isModifier(j) && s.nameAt(j) == null) {
      j++;
    }
    int afterHead = head(j, limit);
    // a noun ending in -e ("de bijdrage van") was taken for an adjective: it is the head
    return afterHead == j && j == unit ? unit : afterHead;
  }

  /**
   * The first token of the noun phrase that ends right before token {@code end}, not before {@code
   * limit}: back over its head, its adjectives (and names used as adjectives, "de Nederlandse
   * bijdrage"), to its determiner; a second word that is no adjective is outside it.
   */
  int start(int end, int limit) {
    int k = end - 1;
    boolean head = false;
    while (k >= limit) {
      Named n = s.nameAt(k);
      if (n != null) {
        if (head && !isAdjective(n)) {
          return k + 1;
        }
        head = true;
        k = n.from() - 1;
        continue;
      }
      if (DETERMINERS.contains(s.words[k])) {
        return k;
      }
      if (!s.isPlainWord(k) || (head && !isModifier(k))) {
        return k + 1;
      }
      head |= !isModifier(k);
      k--;
    }
    return limit;
  }

  /** "Nederlandse", "Europese": a name written as an adjective. */
  private static boolean isAdjective(Named n) {
    return n.mention() != null && n.mention().provenance().quote().endsWith("e");
  }

  private int head(int j, int limit) {
    if (j >= limit) {
      return j;
    }
    Named n = s.nameAt(j);
    if (n != null) {
      int after = Math.min(n.to(), limit);
      // "de Nederlandse defensie-industrie": a name that is an adjective, then the noun
      return isAdjective(n) && after < limit && s.isPlainWord(after) && s.nameAt(after) == null
          ? after + 1
          : after;
    }
    if (!s.isPlainWord(j)) {
      return j;
    }
    // "het volgend MFK": a word, then the name it qualifies
    // ("heeft het kabinet", "jaar aan de AILCT": a name with its own article or preposition
    // starts a phrase of its own)
    Named next = j + 1 < limit ? s.nameAt(j + 1) : null;
    boolean qualified =
        next != null
            && next.from() == j + 1
            && !DETERMINERS.contains(s.words[j + 1])
            && s.isPlainWord(j + 1);
    return qualified ? Math.min(next.to(), limit) : j + 1;
  }

  private boolean startsPhrase(int j) {
    return s.nameAt(j) != null || s.isPlainWord(j);
  }

  /** Determiners, numbers and words that look like attributive adjectives. */
  boolean isModifier(int j) {
    String w = s.words[j];
    if (DETERMINERS.contains(w)
        || w.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) {
      return true;
    }
    return w.length() > 3
        && w.endsWith("e")
        && Character.isLowerCase(s.tokens.get(j).word().charAt(0))
        && s.isPlainWord(j);
  }
}
