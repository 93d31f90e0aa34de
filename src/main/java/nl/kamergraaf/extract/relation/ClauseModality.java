package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.extract.clause.Clause;
import nl.kamergraaf.extract.clause.FunctionWords;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.clause.ParsedSentence;
import nl.kamergraaf.extract.clause.Unit;
import nl.kamergraaf.extract.clause.VerbForm;
import nl.kamergraaf.extract.model.Relation.Modality;

/**
 * How a clause states what it says, read from the clause and the clauses it depends on: a question
 * (the sentence asks, or the clause is what is asked: "vragen of", "in hoeverre"), a denial
 * ("niet", "geen", "nog niet"; "niet alleen" denies nothing), a condition ("indien", "als"; a modal
 * "kan", "mag" states a possibility), an intention ("voornemens", "zal", "wil", "beoogt"), else an
 * assertion.
 *
 * <p>Keeps what it read of the clauses of the last sentence: one per extractor, not shared between
 * threads.
 *
 * <p>An infinitive clause takes the modality of the clause it depends on too: "Het kabinet is
 * voornemens zich aan te sluiten bij OCCAR" intends, "Nederland is niet bereid ... te leveren"
 * denies.
 */
final class ClauseModality {
  private final FunctionWords words;

  ClauseModality(FunctionWords words) {
    this.words = words;
  }

  /** What one clause says about modality, read once per clause. */
  private record Facts(
      boolean asked,
      boolean negated,
      boolean conditional,
      boolean intended,
      List<Integer> possibilityVerbs,
      List<Integer> intentVerbs) {}

  private ParsedSentence current;
  private final Map<Clause, Facts> known = new IdentityHashMap<>();

  /**
   * The modality of clause {@code c}; {@code ownVerb} is the unit of the verb that states the
   * relation, or -1.
   */
  Modality of(ParsedSentence s, Clause c, int ownVerb) {
    if (s != current) {
      current = s;
      known.clear();
    }
    if (s.isQuestion()) {
      return Modality.QUESTIONED;
    }
    for (Clause k = c; k != null; k = k.parent()) {
      if (facts(s, k).asked()) {
        return Modality.QUESTIONED;
      }
    }
    boolean negated = false;
    boolean conditional = false;
    boolean intended = false;
    for (Clause k = c; k != null; k = k.kind() == Clause.Kind.INFINITIVE ? k.parent() : null) {
      Facts f = facts(s, k);
      int own = k == c ? ownVerb : -1;
      negated |= f.negated();
      conditional |= f.conditional() || others(f.possibilityVerbs(), own);
      // "stelt voor om X op te zetten": proposing is asserted, setting up only intended
      intended |= f.intended() || others(f.intentVerbs(), own);
    }
    if (negated) {
      return Modality.NEGATED;
    }
    if (conditional) {
      return Modality.CONDITIONAL;
    }
    return intended ? Modality.INTENDED : Modality.ASSERTED;
  }

  private static boolean others(List<Integer> verbs, int own) {
    return verbs.size() > 1 || verbs.size() == 1 && verbs.get(0) != own;
  }

  private Facts facts(ParsedSentence s, Clause c) {
    Facts f = known.get(c);
    if (f == null) {
      f =
          new Facts(
              asked(s, c),
              has(s, c, WordClass.NEGATION) && !notOnly(s, c),
              words.is(WordClass.CONDITION, c.marker()) || hasCondition(s, c),
              has(s, c, WordClass.INTENTION),
              verbs(s, c, "possibility"),
              verbsIntending(s, c));
      known.put(c, f);
    }
    return f;
  }

  private static List<Integer> verbsIntending(ParsedSentence s, Clause c) {
    List<Integer> out = new ArrayList<>(verbs(s, c, "intent"));
    // "roept Duitsland op om bij te dragen": what one is called on to do is asked for, not done
    c.units().stream()
        .filter(i -> s.units().get(i).verbIs("object-control") && !out.contains(i))
        .forEach(out::add);
    verbs(s, c, "future").stream()
        .filter(i -> !out.contains(i) && futureHere(s, c, i))
        .forEach(out::add);
    return out;
  }

  /**
   * "zal" always speaks of the future; "gaat" only with an infinitive after it ("het van start
   * gaan" does not).
   */
  private static boolean futureHere(ParsedSentence s, Clause c, int verb) {
    if (s.units().get(verb).verbs().stream().noneMatch(v -> v.verbId().equals("v-gaan"))) {
      return true;
    }
    return c.units().stream()
        .anyMatch(i -> i > verb && s.units().get(i).verbIsA(VerbForm.Kind.INFINITIVE));
  }

  /** "Indien X, doet Nederland mee": a condition clause depends on this one. */
  private boolean hasCondition(ParsedSentence s, Clause c) {
    for (Clause k : s.clauses()) {
      if (k.parent() == c && words.is(WordClass.CONDITION, k.marker())) {
        return true;
      }
    }
    return false;
  }

  /** "of de Minister ...", "in hoeverre ...": the clause itself is what a question asks. */
  private boolean asked(ParsedSentence s, Clause k) {
    if (k.marker().equals("of") || words.is(WordClass.QUESTION, k.marker())) {
      return true;
    }
    List<String> lower = k.units().stream().map(i -> s.units().get(i).lower()).toList();
    for (int j = 0; j < lower.size(); j++) {
      if (words.phraseAt(WordClass.QUESTION, lower, j) > 1) {
        return true; // multi-word question phrases: "in hoeverre", "vragen of"
      }
    }
    return false;
  }

  private boolean has(ParsedSentence s, Clause c, WordClass wc) {
    List<String> lower = c.units().stream().map(i -> s.units().get(i).lower()).toList();
    for (int j = 0; j < lower.size(); j++) {
      if (words.phraseAt(wc, lower, j) > 0) {
        return true;
      }
    }
    return false;
  }

  /** "niet alleen ... maar ook", "niet enkel": no denial. */
  private boolean notOnly(ParsedSentence s, Clause c) {
    List<Integer> units = c.units();
    boolean other = false;
    for (int j = 0; j < units.size(); j++) {
      Unit x = s.units().get(units.get(j));
      if (!words.is(WordClass.NEGATION, x.lower())) {
        continue;
      }
      String next = j + 1 < units.size() ? s.units().get(units.get(j + 1)).lower() : "";
      if (!(x.lower().equals("niet")
          && (next.equals("alleen") || next.equals("enkel") || next.equals("slechts")))) {
        other = true;
      }
    }
    return !other;
  }

  /** The finite verbs of the clause that play this part. */
  private static List<Integer> verbs(ParsedSentence s, Clause c, String role) {
    List<Integer> out = new ArrayList<>();
    for (int i : c.units()) {
      Unit x = s.units().get(i);
      if (x.verbIs(role) && x.canBeFinite()) {
        out.add(i);
      }
    }
    return out;
  }
}
