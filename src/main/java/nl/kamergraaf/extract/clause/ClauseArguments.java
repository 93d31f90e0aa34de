package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.model.EntityType;

/**
 * Where a clause has its subject: the first constituent of a main clause when it is a name
 * ("Nederland steunt"), else the first name after the finite verb ("Zo draagt Nederland bij");
 * the first name after the word that opened a subordinate clause ("dat Nederland ... steunt"),
 * else the name a relative clause is about; the subject of the clause an infinitive clause
 * depends on; the subject of the clause before a clause that has none.
 *
 * <p>A subject that is a common noun ("een ruime meerderheid", "de bondgenoten") is no name:
 * the clause then has no subject to relate, and no name further on is taken for it. Names that
 * a subject includes ("een meerderheid van de lidstaten, inclusief Nederland") are subjects.
 */
public final class ClauseArguments {
  /** Third-person subject pronouns: a subject, though no name ("die hij zal presenteren"). */
  private static final Set<String> PERSONAL = Set.of("hij", "zij", "ze");

  private final ParsedSentence s;
  private final FunctionWords words;
  private final Map<Clause, List<Integer>> subjects = new HashMap<>();
  private final Map<Clause, List<Integer>> objects = new HashMap<>();
  private final Map<GovernedKey, List<Integer>> governed = new HashMap<>();

  ClauseArguments(ParsedSentence sentence, FunctionWords words) {
    this.s = sentence;
    this.words = words;
  }

  /** The units that are the clause's subject (names or first-person pronouns); empty for none. */
  public List<Integer> subject(Clause c) {
    List<Integer> known = subjects.get(c);
    if (known == null) {
      known = findSubject(c, 0);
      subjects.put(c, known);
    }
    return known;
  }

  private List<Integer> findSubject(Clause c, int depth) {
    if (depth > 8) {
      return List.of();
    }
    if (c.kind() == Clause.Kind.INFINITIVE && c.parent() != null) {
      return subject(c.parent());
    }
    if (c.sharesSubjectOf() != null) {
      return subject(c.sharesSubjectOf());
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

  /** The position in {@code units} of the first unit that can be a finite verb, or -1. */
  public int firstFinite(List<Integer> units) {
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
      if (isArgument(i) && s.governor(i).isEmpty()) {
        return groupAt(part, k);
      }
    }
    return List.of();
  }

  /** Names governed by "inclusief", "waaronder": members of a group that is the subject. */
  private List<Integer> included(List<Integer> part) {
    List<Integer> out = new ArrayList<>();
    for (int i : part) {
      if (isArgument(i) && words.is(WordClass.INCLUSION, s.governor(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /** The name at {@code part[k]} and the names coordinated with it right after it. */
  private List<Integer> groupAt(List<Integer> part, int k) {
    List<Integer> out = new ArrayList<>();
    if (k >= part.size() || !isArgument(part.get(k)) && !firstPerson(part.get(k))) {
      return out;
    }
    out.add(part.get(k));
    String governor = s.governor(part.get(k));
    for (int j = k + 1; j < part.size(); j++) {
      int i = part.get(j);
      Unit x = s.units().get(i);
      if (isArgument(i) && s.governor(i).equals(governor) && coordinatedSince(part, k, j)) {
        out.add(i);
      } else if (x.isName() || x.isVerb() || !(x.lower().equals(",") || words.is(WordClass.COORDINATOR, x.lower())
          || words.is(WordClass.DETERMINER, x.lower()) || x.lower().equals("zowel") || x.lower().equals("als"))) {
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
      if (firstPerson(i) || PERSONAL.contains(w)) {
        return List.of(i);
      }
      if (x.isName()) {
        return s.governor(i).isEmpty() ? groupAt(units, k) : List.of();
      }
      if (x.isVerb() || words.is(WordClass.ADVERB, w) || x.isPunctuation() || words.is(WordClass.NEGATION, w)) {
        continue;
      }
      if (words.is(WordClass.DETERMINER, w) || words.is(WordClass.PREPOSITION, w)) {
        // "de Europese Commissie": the article of a name; "de bondgenoten": a common noun
        int next = nameWithin(units, k + 1, 3);
        if (next >= 0 && !words.is(WordClass.PREPOSITION, w)) {
          return groupAt(units, next);
        }
        if (words.is(WordClass.PREPOSITION, w)) {
          return List.of(); // "Tijdens de top heeft ...": the subject may follow, a PP is no subject
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

  /** The position of an ungoverned name within {@code reach} positions of {@code from}, with only words between. */
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

  /** Whether unit {@code i} is a name that can be an argument (not an adjective before a noun). */
  public boolean isArgument(int i) {
    Unit x = s.units().get(i);
    if (!x.isName()) {
      return false;
    }
    if (x.mention().entity().type() == EntityType.COUNTRY && i + 1 < s.units().size()) {
      // "de Duitse autoriteiten", "Nederlandse bedrijven": the country only describes the noun
      Unit next = s.units().get(i + 1);
      String q = x.text();
      boolean beforeNoun = next.isName() || Character.isLowerCase(next.text().codePointAt(0)) && !next.isVerb()
          && !next.isPunctuation() && isFunctionless(next.lower());
      boolean adjective = beforeNoun && !q.equals(x.mention().entity().label()) && (q.endsWith("e") || q.endsWith("s"));
      return !adjective;
    }
    return true;
  }

  private boolean isFunctionless(String w) {
    for (WordClass c : WordClass.values()) {
      if (words.is(c, w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether unit {@code i} is "ik", "wij", "we": the writer of the paper. */
  public boolean firstPerson(int i) {
    Unit x = s.units().get(i);
    return x.mention() == null && words.is(WordClass.FIRST_PERSON, x.lower())
        && !x.lower().equals("mijn") && !x.lower().equals("onze") && !x.lower().equals("ons");
  }

  /**
   * Names of the clause governed by one of the prepositions, in order; with none, the names
   * after "van" in a phrase the preposition governs ("oproepen tot de opbouw van X").
   */
  public List<Integer> governedBy(Clause c, Set<String> prepositions) {
    return governed.computeIfAbsent(new GovernedKey(c, prepositions), k -> findGoverned(c, prepositions));
  }

  private record GovernedKey(Clause clause, Set<String> prepositions) {}

  private List<Integer> findGoverned(Clause c, Set<String> prepositions) {
    List<Integer> out = new ArrayList<>();
    for (int i : c.units()) {
      if (isArgument(i) && prepositions.contains(s.governor(i))) {
        out.add(i);
      }
    }
    if (out.isEmpty()) {
      for (int i : c.units()) {
        String chain = s.chain(i);
        if (isArgument(i) && chain != null && !chain.isEmpty() && prepositions.contains(chain)) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /**
   * Ungoverned names of the clause that are not its subject: its direct objects. A clause whose
   * object is a common noun with a name after "van" ("blokkeert de goedkeuring van de USL",
   * "een besluit tot activatie van het EMERS") has that name as object.
   */
  public List<Integer> directObjects(Clause c) {
    return objects.computeIfAbsent(c, this::findDirectObjects);
  }

  private List<Integer> findDirectObjects(Clause c) {
    List<Integer> subject = subject(c);
    List<Integer> out = new ArrayList<>();
    for (int i : c.units()) {
      if (isArgument(i) && s.governor(i).isEmpty() && !subject.contains(i)) {
        out.add(i);
      }
    }
    if (out.isEmpty()) {
      int fin = c.kind() == Clause.Kind.MAIN ? firstFinite(c.units()) : -1;
      for (int k = Math.max(0, fin + 1); k < c.units().size(); k++) {
        int i = c.units().get(k);
        String chain = s.chain(i);
        if (isArgument(i) && !subject.contains(i) && chain != null
            && (chain.isEmpty() || chain.equals("tot") || chain.equals("van"))) {
          out.add(i);
          break;
        }
      }
    }
    return out;
  }

  /** The name at {@code i} with the names coordinated with it before it ("EDIS en EDIP"). */
  public List<Integer> withCoordinatedBefore(int i) {
    List<Integer> out = new ArrayList<>();
    out.add(i);
    boolean coordinated = false;
    for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
      Unit x = s.units().get(j);
      String w = x.lower();
      if (x.isName()) {
        if (x.mention().entity().id().equals(s.units().get(out.get(0)).mention().entity().id())) {
          continue; // "het Europese Defensie Investeringsprogramma (EDIP)": one name twice
        }
        if (!coordinated) {
          break;
        }
        out.add(0, j);
        coordinated = false;
      } else if (w.equals(",") || words.is(WordClass.COORDINATOR, w)) {
        coordinated = true;
      } else if (!words.is(WordClass.DETERMINER, w) && !x.isPunctuation()) {
        break;
      }
    }
    return out;
  }

  public ParsedSentence sentence() {
    return s;
  }
}
