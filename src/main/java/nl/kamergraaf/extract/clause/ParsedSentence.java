package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.kamergraaf.ingest.Span;

/**
 * A sentence read for its clauses: its units, its clauses, and for every name the preposition that
 * governs it ("aan" for "bij te dragen aan de EPF"), if any.
 *
 * <p>{@code governors}: per unit, the governing preposition of a name, "" for none (and for other
 * units); {@code chains}: see {@link #chain(int)}.
 */
public final class ParsedSentence {
  private final Span span;
  private final List<Unit> units;
  private final List<Clause> clauses;
  private final List<String> governors;
  private final List<String> chains;

  /** The clause of each unit, null for separators. */
  private final Clause[] clauseOfUnit;

  public ParsedSentence(
      Span span,
      List<Unit> units,
      List<Clause> clauses,
      List<String> governors,
      List<String> chains) {
    this.span = span;
    this.units = List.copyOf(units);
    this.clauses = List.copyOf(clauses);
    this.governors = List.copyOf(governors);
    this.chains = Collections.unmodifiableList(new ArrayList<>(chains)); // null entries allowed
    this.clauseOfUnit = new Clause[units.size()];
    for (Clause c : clauses) {
      c.units().forEach(i -> clauseOfUnit[i] = c);
    }
  }

  public Span span() {
    return span;
  }

  public List<Unit> units() {
    return units;
  }

  public List<Clause> clauses() {
    return clauses;
  }

  /**
   * For a name governed by a preposition right after a noun: the preposition governing that noun
   * ("tot" in "tot de opbouw van X"), "" when that noun has none; null for other units.
   */
  public String chain(int i) {
    return chains.get(i);
  }

  /** The governing preposition of unit {@code i}, "" for none. */
  public String governor(int i) {
    return governors.get(i);
  }

  /** Whether some unit of clause {@code c} is a form of the verb {@code verbId} ("v-worden"). */
  public boolean hasVerb(Clause c, String verbId) {
    for (int i : c.units()) {
      if (units.get(i).verbs().stream().anyMatch(v -> v.verbId().equals(verbId))) {
        return true;
      }
    }
    return false;
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

  /** The clause holding unit {@code i}, or null (a separator, or no such unit). */
  public Clause clauseOf(int i) {
    return i < 0 || i >= units.size() ? null : clauseOfUnit[i];
  }

  /** The unit that holds or follows text position {@code position}. */
  public int unitAt(int position) {
    int a = 0;
    int b = units.size();
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (units.get(mid).span().end() <= position) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }
}
