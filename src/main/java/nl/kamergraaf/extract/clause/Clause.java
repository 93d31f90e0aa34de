package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * One clause of a sentence: the units that belong to it (not always contiguous: a relative clause
 * may stand inside its main clause), what kind of clause it is and what opened it.
 */
public final class Clause {
  /** Where the finite verb stands, and so where the subject is found. */
  public enum Kind {
    /** verb second: "Nederland steunt ...", "Zo draagt Nederland ... bij" */
    MAIN,
    /** verb last, opened by a subordinator: "dat Nederland Oekraïne steunt" */
    SUBORDINATE,
    /** verb last, about the name before it: "de EU, die Oekraïne steunt" */
    RELATIVE,
    /** "om Oekraïne te steunen": its subject is that of the clause it depends on */
    INFINITIVE
  }

  private final Kind kind;
  private final Clause parent;
  private final String marker;
  private final int antecedent;
  private final Clause sharesSubjectOf;
  private final List<Integer> units = new ArrayList<>();
  private final BitSet members = new BitSet();

  Clause(Kind kind, Clause parent, String marker, int antecedent, Clause sharesSubjectOf) {
    this.kind = kind;
    this.parent = parent;
    this.marker = marker;
    this.antecedent = antecedent;
    this.sharesSubjectOf = sharesSubjectOf;
  }

  public Kind kind() {
    return kind;
  }

  /** The clause this one depends on, or null for a main clause. */
  public Clause parent() {
    return parent;
  }

  /** The word that opened the clause ("dat", "waaraan", "om"), empty for none. */
  public String marker() {
    return marker;
  }

  /** The unit a relative clause is about, or -1. */
  public int antecedent() {
    return antecedent;
  }

  /**
   * The clause before it whose subject this one shares, having none of its own ("Nederland steunt X
   * en levert Y"), or null.
   */
  public Clause sharesSubjectOf() {
    return sharesSubjectOf;
  }

  /** Indices of the clause's units in the sentence, in order. */
  public List<Integer> units() {
    return units;
  }

  void add(int unit) {
    units.add(unit);
    members.set(unit);
  }

  /** Whether the clause holds this unit. */
  public boolean has(int unit) {
    return unit >= 0 && members.get(unit);
  }

  /** The position of {@code unit} among the clause's units, or a negative number. */
  public int positionOf(int unit) {
    return Collections.binarySearch(units, unit);
  }
}
