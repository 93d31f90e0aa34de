package nl.kamergraaf.extract.amount;

import nl.kamergraaf.extract.model.Entity;

/**
 * One candidate for a role of an amount: the entity, the rank of the row that read it, the row's
 * id, and the token it stands at (nearer to the amount wins a tie).
 */
record Reading(Entity entity, int rank, String rule, int at) {

  /**
   * The better of two readings (null counts as none): higher rank, then nearer to {@code amountAt}.
   */
  static Reading better(Reading a, Reading b, int amountAt) {
    if (a == null) {
      return b;
    }
    if (b == null || a.rank() != b.rank()) {
      return b == null || a.rank() > b.rank() ? a : b;
    }
    return Math.abs(a.at() - amountAt) <= Math.abs(b.at() - amountAt) ? a : b;
  }
}
