package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;

/**
 * Where a clause has its subject: the first constituent of a main clause when it is a name
 * ("Nederland steunt"), else the first name after the finite verb ("Zo draagt Nederland bij"); the
 * first name after the word that opened a subordinate clause ("dat Nederland ... steunt"), else the
 * name a relative clause is about; the subject of the clause an infinitive clause depends on; the
 * subject of the clause before a clause that has none.
 *
 * <p>A subject that is a common noun ("een ruime meerderheid", "de bondgenoten") is no name: the
 * clause then has no subject to relate, and no name further on is taken for it. Names that a
 * subject includes ("een meerderheid van de lidstaten, inclusief Nederland") are subjects.
 */
final class ClauseSubjects {
  /** Third-person subject pronouns: a subject, though no name ("die hij zal presenteren"). */
  private static final Set<String> PERSONAL = Set.of("hij", "zij", "ze");

  private final ParsedSentence s;
  private final FunctionWords words;
  private final ClauseArguments args;

  ClauseSubjects(ParsedSentence sentence, FunctionWords words, ClauseArguments args) {
    this.s = sentence;
    this.words = words;
    this.args = args;
  }

  List<Integer> find(Clause c) {
    if (c.kind() == Clause.Kind.INFINITIVE && c.parent() != null) {
      // "spoort partners aan om bij te dragen": the partners, not the one who spurs, contribute
      return objectControl(c.parent()) ? args.directObjects(c.parent()) : args.subject(c.parent());
    }
    if (c.sharesSubjectOf() != null) {
      return args.subject(c.sharesSubjectOf());
    }
    List<Integer> units = c.units();
    if (c.kind() == Clause.Kind.MAIN) {
      int fin = firstFinite(units);
      if (fin < 0) {
        // no known verb: a clause that starts with a name most likely has it as subject
        return groupAt(units, 0);
      }
      if (fin > 0) {
        List<Integer> vorfeld = units.subList(0, fin);
        int first = vorfeld.get(0);
        if (vorfeld.size() == 1
            && (args.firstPerson(first) || PERSONAL.contains(s.units().get(first).lower()))) {
          return List.of(first); // "We zetten ons in", "Hij presenteerde"
        }
        List<Integer> named = ungovernedGroup(vorfeld);
        if (!named.isEmpty()) {
          return named;
        }
        List<Integer> included = included(vorfeld);
        if (!included.isEmpty() || startsWithNoun(vorfeld)) {
          return included;
        }
      }
      return npAfter(units, fin + 1);
    }
    List<Integer> after = npAfter(units, 0);
    if (!after.isEmpty() || !reachesVerbWithoutNoun(units)) {
      return after;
    }
    return c.antecedent() >= 0 ? List.of(c.antecedent()) : List.of();
  }

  private boolean objectControl(Clause c) {
    for (int i : c.units()) {
      if (s.units().get(i).verbIs("object-control")) {
        return true;
      }
    }
    return false;
  }

  /** The position in {@code units} of the first unit that can be a finite verb, or -1. */
  int firstFinite(List<Integer> units) {
    for (int k = 0; k < units.size(); k++) {
      if (s.units().get(units.get(k)).canBeFinite()) {
        return k;
      }
    }
    return -1;
  }

  /** The first ungoverned name of {@code part} with those coordinated with it; empty if none. */
  private List<Integer> ungovernedGroup(List<Integer> part) {
    for (int k = 0; k < part.size(); k++) {
      int i = part.get(k);
      if (args.isArgument(i) && s.governor(i).isEmpty()) {
        return groupAt(part, k);
      }
    }
    return List.of();
  }

  /** Names governed by "inclusief", "waaronder": members of a group that is the subject. */
  private List<Integer> included(List<Integer> part) {
    List<Integer> out = new ArrayList<>();
    for (int i : part) {
      if (args.isArgument(i) && words.is(WordClass.INCLUSION, s.governor(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /** The name at {@code part[k]} and the names coordinated with it right after it. */
  private List<Integer> groupAt(List<Integer> part, int k) {
    List<Integer> out = new ArrayList<>();
    if (k >= part.size() || !args.isArgument(part.get(k)) && !args.firstPerson(part.get(k))) {
      return out;
    }
    out.add(part.get(k));
    String governor = s.governor(part.get(k));
    for (int j = k + 1; j < part.size(); j++) {
      int i = part.get(j);
      Unit x = s.units().get(i);
      if (args.isArgument(i) && s.governor(i).equals(governor) && coordinatedSince(part, k, j)) {
        out.add(i);
      } else if (x.isName()
          || x.isVerb()
          || !(x.lower().equals(",")
              || words.is(WordClass.COORDINATOR, x.lower())
              || words.is(WordClass.DETERMINER, x.lower())
              || x.lower().equals("zowel")
              || x.lower().equals("als"))) {
        break;
      }
    }
    return out;
  }

  private boolean coordinatedSince(List<Integer> part, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      String w = s.units().get(part.get(j)).lower();
      if (w.equals(",") || words.is(WordClass.COORDINATOR, w) || w.equals("als")) {
        return true;
      }
    }
    return false;
  }

  /** The first noun phrase from position {@code from}: a name, a first-person pronoun, or none. */
  private List<Integer> npAfter(List<Integer> units, int from) {
    for (int k = from; k < units.size(); k++) {
      int i = units.get(k);
      Unit x = s.units().get(i);
      String w = x.lower();
      if (args.firstPerson(i) || PERSONAL.contains(w)) {
        return List.of(i);
      }
      if (x.isName()) {
        return s.governor(i).isEmpty() ? groupAt(units, k) : List.of();
      }
      if (x.isVerb()
          || words.is(WordClass.ADVERB, w)
          || x.isPunctuation()
          || words.is(WordClass.NEGATION, w)) {
        continue;
      }
      if (words.is(WordClass.DETERMINER, w) || words.is(WordClass.PREPOSITION, w)) {
        // "de Europese Commissie": the article of a name; "de bondgenoten": a common noun
        int next = nameWithin(units, k + 1, 3);
        if (next >= 0 && !words.is(WordClass.PREPOSITION, w)) {
          return groupAt(units, next);
        }
        if (words.is(WordClass.PREPOSITION, w)) {
          return List
              .of(); // "Tijdens de top heeft ...": the subject may follow, a PP is no subject
        }
        return List.of();
      }
      if (Character.isLetter(w.codePointAt(0))) {
        int next = nameWithin(units, k, 2);
        return next >= 0 ? groupAt(units, next) : List.of();
      }
    }
    return List.of();
  }

  /**
   * The position of an ungoverned name within {@code reach} positions of {@code from}, with only
   * words between.
   */
  private int nameWithin(List<Integer> units, int from, int reach) {
    for (int k = from; k < Math.min(units.size(), from + reach); k++) {
      Unit x = s.units().get(units.get(k));
      if (x.isName()) {
        return s.governor(units.get(k)).isEmpty() ? k : -1;
      }
      if (x.isVerb() || x.isPunctuation()) {
        return -1;
      }
    }
    return -1;
  }

  private boolean startsWithNoun(List<Integer> part) {
    String w = s.units().get(part.get(0)).lower();
    return words.is(WordClass.DETERMINER, w) && !words.is(WordClass.PREPOSITION, w);
  }

  private boolean reachesVerbWithoutNoun(List<Integer> units) {
    for (int i : units) {
      Unit x = s.units().get(i);
      if (x.isVerb()) {
        return true;
      }
      if (words.is(WordClass.DETERMINER, x.lower()) || x.isName()) {
        return false;
      }
    }
    return true;
  }
}
