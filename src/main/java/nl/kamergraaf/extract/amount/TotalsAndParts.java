package nl.kamergraaf.extract.amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import nl.kamergraaf.extract.amount.AmountLexicon.Cue;
import nl.kamergraaf.extract.model.Quantity;

/**
 * Marks the parts of a total stated in one sentence, so that a sum over a programme counts the
 * money once: "€ 1 miljard, waarvan € 600 miljoen voor X en € 400 miljoen voor Y" (a part cue after
 * the total), and "€ 600 miljoen voor X en € 400 miljoen voor Y, in totaal € 1 miljard" (a total
 * cue before it). Parts have the total's kind and currency and add up to no more than it; otherwise
 * nothing is marked.
 */
final class TotalsAndParts {
  /** How far before an amount a total word may stand, in tokens ("in totaal ruim € …"). */
  private static final int TOTAL_REACH = 3;

  private TotalsAndParts() {}

  /** A quantity in its sentence: the statement and its tokens {@code [from, to)}. */
  record Placed(Quantity quantity, int from, int to) {}

  /** The quantities of one sentence with the parts marked. */
  static List<Quantity> mark(SentenceView s, List<Placed> placed) {
    List<Quantity> out = new ArrayList<>(placed.stream().map(Placed::quantity).toList());
    for (int t = 0; t < placed.size(); t++) {
      int cue =
          partCue(
              s,
              placed.get(t).to(),
              t + 1 < placed.size() ? placed.get(t + 1).from() : s.words.length);
      if (cue >= 0) {
        markParts(out, placed, t, t + 1, placed.size());
      } else if (isTotal(s, placed.get(t))) {
        markParts(out, placed, t, 0, t);
      }
    }
    return out;
  }

  /** The token of a part word ("waarvan") in {@code [from, to)}, or -1. */
  private static int partCue(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      SentenceView.Match m = s.match(i, EnumSet.of(Cue.PART));
      if (m != null) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTotal(SentenceView s, Placed p) {
    for (int i = Math.max(0, p.from() - TOTAL_REACH); i < p.to(); i++) {
      if (s.match(i, EnumSet.of(Cue.TOTAL)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the quantities of {@code [from, to)} that fit as parts of quantity {@code total}, if
   * together they fit.
   */
  private static void markParts(
      List<Quantity> out, List<Placed> placed, int total, int from, int to) {
    Quantity t = placed.get(total).quantity();
    List<Integer> parts = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      Quantity q = placed.get(i).quantity();
      if (q.kind() == t.kind()
          && Objects.equals(q.currency(), t.currency())
          && q.value().compareTo(t.value()) < 0
          && out.get(i).partOf() == null) {
        parts.add(i);
        sum = sum.add(q.value());
      }
    }
    if (parts.isEmpty() || sum.compareTo(t.value()) > 0) {
      return;
    }
    for (int i : parts) {
      out.set(i, out.get(i).partOfTotal(t.provenance()));
    }
  }
}
