package nl.kamergraaf.extract.amount;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Quantity;

/**
 * Recognises an amount stated again in the same document — asked about in a question and restated
 * in its answer, or named again further on — as the same fact: one fact (the first statement, with
 * the roles all its statements read) and further statements that restate it.
 *
 * <p>Two statements are the same fact when value, upper value, currency, kind and per-year are
 * equal and nothing they say conflicts (no two programmes, givers, recipients, periods or bases
 * that differ). A round figure ("€ 1 miljard", "2%": fewer than three digits) must also share
 * something with the earlier one, or refer back to it ("de 2%"): round figures are often said of
 * different things; an exact one ("€ 17,45 miljard") seldom is. A statement that refers back ("de €
 * 90 miljard") is the latest earlier fact of its value even when its clause says other things of
 * it; those are then not merged into the fact.
 */
final class Restatements {
  /**
   * How close a statement that shares only its base must stand (characters; a question and its
   * answer).
   */
  private static final int NEAR = 3000;

  private Restatements() {}

  /**
   * The statements in text order, each restating statement pointing at its fact's first statement,
   * which carries the merged roles; {@code definite} says which statements refer back.
   */
  static List<Quantity> group(List<Quantity> statements, Predicate<Quantity> definite) {
    List<Quantity> out = new ArrayList<>(statements);
    List<Integer> firsts = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Quantity q = out.get(i);
      Integer same = null;
      boolean refersBack = definite.test(q);
      for (int f : firsts) {
        Quantity first = out.get(f);
        if (sameValue(first, q)
            && compatible(first, q)
            && (exact(q) || sharesSomething(first, q) || refersBack)) {
          same = f;
          if (!refersBack) {
            break;
          }
          // "de 3,5%" refers back to the latest fact of its value, not to the first one the paper
          // named (which may be another thing of the same size)
        }
      }
      if (same == null && refersBack) {
        // "de € 90 miljard" names a known amount, even in a clause that says other things of it
        for (int f : firsts) {
          same = sameValue(out.get(f), q) ? Integer.valueOf(f) : same;
        }
      }
      if (same == null) {
        firsts.add(i);
      } else {
        out.set(same, compatible(out.get(same), q) ? merged(out.get(same), q) : out.get(same));
        out.set(i, q.restating(out.get(same).provenance()));
      }
    }
    return out;
  }

  /** "17,45 miljard", "2,01%": a figure of three or more digits is seldom said of two things. */
  private static boolean exact(Quantity q) {
    return q.value().stripTrailingZeros().precision() >= 3;
  }

  private static boolean sameValue(Quantity a, Quantity b) {
    return a.kind() == b.kind()
        && a.value().compareTo(b.value()) == 0
        && a.perYear() == b.perYear()
        && Objects.equals(a.currency(), b.currency())
        && (a.maxValue() == null
            ? b.maxValue() == null
            : b.maxValue() != null && a.maxValue().compareTo(b.maxValue()) == 0);
  }

  private static boolean compatible(Quantity a, Quantity b) {
    return fits(a.subject(), b.subject())
        && fits(a.program(), b.program())
        && fits(a.recipient(), b.recipient())
        && fits(a.period(), b.period())
        && fits(a.shareOf(), b.shareOf());
  }

  /**
   * A programme or a period in common, or a base of shares in a statement close by (a question and
   * its answer); a giver alone is too common (Nederland), and so is a base far off: nearly every
   * share in a paper on defence budgets is one of the bbp.
   */
  private static boolean sharesSomething(Quantity a, Quantity b) {
    return same(a.program(), b.program())
        || same(a.period(), b.period())
        || same(a.shareOf(), b.shareOf()) && near(a, b);
  }

  private static boolean near(Quantity a, Quantity b) {
    return Math.abs(b.provenance().span().start() - a.provenance().span().end()) <= NEAR;
  }

  private static boolean fits(Object a, Object b) {
    return a == null || b == null || key(a).equals(key(b));
  }

  private static boolean same(Object a, Object b) {
    return a != null && b != null && key(a).equals(key(b));
  }

  private static Object key(Object o) {
    return o instanceof Entity e ? e.id() : o;
  }

  /** The first statement with what the later one adds: roles it did not read, a period, a total. */
  private static Quantity merged(Quantity first, Quantity later) {
    Quantity.ReadBy a = first.readBy();
    Quantity.ReadBy b = later.readBy();
    Quantity q =
        first.withRoles(
            first.subject() != null ? first.subject() : later.subject(),
            first.program() != null ? first.program() : later.program(),
            first.recipient() != null ? first.recipient() : later.recipient(),
            new Quantity.ReadBy(
                first.subject() != null ? a.subject() : b.subject(),
                first.program() != null ? a.program() : b.program(),
                first.recipient() != null ? a.recipient() : b.recipient()));
    q = first.period() != null ? q : q.withPeriod(later.period());
    return first.partOf() != null || later.partOf() == null ? q : q.partOfTotal(later.partOf());
  }
}
