package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.kamergraaf.ingest.Span;

/**
 * A sentence read for its clauses: its units, its clauses, and for every name the preposition
 * that governs it ("aan" for "bij te dragen aan de EPF"), if any.
 *
 * @param governors per unit: the governing preposition of a name, "" for none; for other
 *     units ""
 * @param chains per unit: see {@link #chain(int)}
 */
public record ParsedSentence(
    Span span, List<Unit> units, List<Clause> clauses, List<String> governors, List<String> chains) {
  public ParsedSentence {
    units = List.copyOf(units);
    clauses = List.copyOf(clauses);
    governors = List.copyOf(governors);
    chains = Collections.unmodifiableList(new ArrayList<>(chains)); // null entries allowed
  }

  /**
   * For a name governed by "van": the preposition governing the noun before it ("tot" in "tot
   * de opbouw van X"), "" when that noun has none; null for other units.
   */
  public String chain(int i) {
    return chains.get(i);
  }

  /** The governing preposition of unit {@code i}, "" for none. */
  public String governor(int i) {
    return governors.get(i);
  }

  /** Whether the sentence asks something (it ends with a question mark). */
  public boolean isQuestion() {
    for (int i = units.size() - 1; i >= 0; i--) {
      String w = units.get(i).lower();
      if (!w.equals(")") && !w.equals("\"") && !w.equals("”") && !w.equals("’")) {
        return w.equals("?");
      }
    }
    return false;
  }

  /** The clause holding unit {@code i}, or null. */
  public Clause clauseOf(int i) {
    for (Clause c : clauses) {
      if (c.has(i)) {
        return c;
      }
    }
    return null;
  }
}
