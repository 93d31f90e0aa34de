package nl.kamergraaf.extract.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The arguments of the clauses of one sentence: subjects (found by {@link ClauseSubjects}), direct
 * objects, the names each preposition governs, names coordinated with one another. Made per
 * sentence by {@link ClauseReader#arguments}; keeps what it found.
 */
public final class ClauseArguments {
  private final ParsedSentence s;
  private final FunctionWords words;

  /**
   * Prepositions after the noun of an object that lead to what the object is about: "blokkeert de
   * goedkeuring van X", "coördineert de inzet op X"; not "een conferentie over X".
   */
  private static final Set<String> OBJECT_PHRASE = Set.of("van", "tot", "op");

  private final ClauseSubjects finder;
  private final Map<Clause, List<Integer>> subjects = new HashMap<>();
  private final Map<Clause, List<Integer>> objects = new HashMap<>();
  private final Map<GovernedKey, List<Integer>> governed = new HashMap<>();

  ClauseArguments(ParsedSentence sentence, FunctionWords words) {
    this.s = sentence;
    this.words = words;
    this.finder = new ClauseSubjects(sentence, words, this);
  }

  /** The units that are the clause's subject (names or first-person pronouns); empty for none. */
  public List<Integer> subject(Clause c) {
    List<Integer> known = subjects.get(c);
    if (known == null) {
      known = finder.find(c);
      subjects.put(c, known);
    }
    return known;
  }

  /** The position in {@code units} of the first unit that can be a finite verb, or -1. */
  public int firstFinite(List<Integer> units) {
    return finder.firstFinite(units);
  }

  /** Whether unit {@code i} is a name that can be an argument (not an adjective before a noun). */
  public boolean isArgument(int i) {
    Unit x = s.units().get(i);
    if (!x.isName() || classifierBeforeName(i)) {
      return false;
    }
    if (x.mention().entity().type() == EntityType.COUNTRY && i + 1 < s.units().size()) {
      // "de Duitse autoriteiten", "Nederlandse bedrijven": the country only describes the noun
      Unit next = s.units().get(i + 1);
      String q = x.text();
      boolean beforeNoun =
          next.isName()
              || Character.isLowerCase(next.text().codePointAt(0))
                  && !next.isVerb()
                  && !next.isPunctuation()
                  && isFunctionless(next.lower());
      boolean adjective =
          beforeNoun
              && !q.equals(x.mention().entity().label())
              && (q.endsWith("e") || q.endsWith("s"));
      // "de Duitse autoriteiten": the state itself acts (a "state" word is no plain noun)
      return !adjective;
    }
    return true;
  }

  /**
   * "het PESCO-project Military Mobility": a compound of a programme's name that only says what
   * kind of thing the name right after it is; that name is the argument.
   */
  private boolean classifierBeforeName(int i) {
    Unit x = s.units().get(i);
    if (x.mention().entity().type() != EntityType.PROGRAM || i + 1 >= s.units().size()) {
      return false;
    }
    Unit next = s.units().get(i + 1);
    boolean compound = x.span().end() > x.mention().provenance().span().end();
    return compound && next.isName() && next.mention().entity().type() == EntityType.PROGRAM;
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
    return x.mention() == null
        && words.is(WordClass.FIRST_PERSON, x.lower())
        && !x.lower().equals("mijn")
        && !x.lower().equals("onze")
        && !x.lower().equals("ons");
  }

  /**
   * Names of the clause governed by one of the prepositions, in order; with none, the names after
   * "van" in a phrase the preposition governs ("oproepen tot de opbouw van X").
   */
  public List<Integer> governedBy(Clause c, Set<String> prepositions) {
    return governed.computeIfAbsent(
        new GovernedKey(c, prepositions), k -> findGoverned(c, prepositions));
  }

  private record GovernedKey(Clause clause, Set<String> prepositions) {}

  private List<Integer> findGoverned(Clause c, Set<String> prepositions) {
    List<Integer> out = new ArrayList<>();
    for (int i : c.units()) {
      if (isArgument(i) && prepositions.contains(s.governor(i)) && !insideOtherPhrase(i)) {
        out.add(i);
      }
    }
    if (out.isEmpty()) {
      for (int i : c.units()) {
        String chain = s.chain(i);
        String g = s.governor(i);
        boolean example =
            words.is(WordClass.INCLUSION, g); // "bij aan ondernemingen zoals het SATCEN"
        if (isArgument(i)
            && (g.equals("van") || example)
            && chain != null
            && prepositions.contains(chain)) {
          out.add(i);
        }
      }
    }
    return withExamples(c, out);
  }

  /**
   * "In het kader van EDIRPA ontvangt Nederland ... van de Commissie": a name after "van" that
   * completes a noun governed by another preposition belongs to that phrase, not to the verb.
   */
  private boolean insideOtherPhrase(int i) {
    String chain = s.chain(i);
    if (!s.governor(i).equals("van") || chain == null || chain.isEmpty() || chain.equals("van")) {
      return false;
    }
    int van = i - 1;
    while (van > 0 && !s.units().get(van).lower().equals("van")) {
      van--;
    }
    // "maakt deel uit van het EDF": a particle, not a noun, stands before "van"
    return van > 0 && !words.is(WordClass.PREPOSITION, s.units().get(van - 1).lower());
  }

  /**
   * {@code found} with the names given as examples of a phrase after one of them: "bij aan
   * PESCO-projecten op gebied van cyber, zoals de CRRT en het CIDCC" adds the CRRT and the CIDCC.
   */
  private List<Integer> withExamples(Clause c, List<Integer> found) {
    if (found.isEmpty()) {
      return found;
    }
    List<Integer> out = new ArrayList<>(found);
    int last = -1;
    for (int i : c.units()) {
      Unit x = s.units().get(i);
      if (out.contains(i)) {
        last = i;
      } else if (x.isVerb() && x.canBeFinite()) {
        last = -1; // the phrase has ended
      } else if (last >= 0 && isArgument(i) && words.is(WordClass.INCLUSION, s.governor(i))) {
        out.add(i);
        last = i;
      }
    }
    return out;
  }

  /**
   * Ungoverned names of the clause that are not its subject: its direct objects. A clause whose
   * object is a common noun with a name after "van" ("blokkeert de goedkeuring van de USL", "een
   * besluit tot activatie van het EMERS") has that name as object.
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
        if (isArgument(i)
            && !subject.contains(i)
            && chain != null
            && OBJECT_PHRASE.contains(s.governor(i))
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
