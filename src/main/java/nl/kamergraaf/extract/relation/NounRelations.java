package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.extract.clause.Clause;
import nl.kamergraaf.extract.clause.ClauseArguments;
import nl.kamergraaf.extract.clause.FunctionWords;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.clause.ParsedSentence;
import nl.kamergraaf.extract.clause.Unit;
import nl.kamergraaf.extract.clause.VerbForm;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.model.Relation.Modality;

/**
 * Reads relations from nouns that state them ({@code nominal-predicates.tsv}): "de Nederlandse
 * bijdrage aan de EPF", "EU-steun aan Oekraïne", "de deelname van Zweden aan de oefening", "X is
 * een voorstel van de Commissie". The noun's agent and object stand inside its phrase; the clause
 * around it gives the modality ("welke Nederlandse bijdrage ... is voorzien?" asks).
 */
final class NounRelations {
  /** How far after its noun an object may stand (units). */
  private static final int REACH = 14;

  private final NounFrames frames;
  private final FunctionWords words;
  private final ClauseModality modality;

  NounRelations(NounFrames frames, FunctionWords words) {
    this.frames = frames;
    this.words = words;
    this.modality = new ClauseModality(words);
  }

  List<Relation> read(ParsedSentence s, ClauseArguments args, Pronouns names, String sentenceText) {
    Map<String, Relation> out = new LinkedHashMap<>();
    List<Unit> u = s.units();
    for (int i = 0; i < u.size(); i++) {
      Unit x = u.get(i);
      if (x.isName() || x.isVerb() && !x.verbIsA(VerbForm.Kind.INFINITIVE)) {
        continue;
      }
      String word = x.lower();
      String noun = word.substring(word.lastIndexOf('-') + 1);
      List<NounFrame> found = frames.of(noun, i > 0 ? u.get(i - 1).lower() : "");
      Clause c = found.isEmpty() ? null : s.clauseOf(i);
      if (c == null) {
        continue;
      }
      int agentUnit = agentUnit(s, i);
      List<Entity> agents =
          agentUnit >= 0
              ? List.of(u.get(agentUnit).mention().entity())
              : possessor(s, args, c, i, names);
      if (agents.isEmpty()
          && i > 0
          && (u.get(i - 1).lower().equals("als") || u.get(i - 1).lower().equals("ter"))) {
        agents =
            subjectOf(s, args, c); // "stuurt een fregat als bijdrage aan Aspides": the subject's
      }
      boolean advocated = agents.isEmpty() && advocated(s, c, i);
      if (advocated) {
        // "Nederland is voorstander van steun aan Oekraïne": arguing for support is supporting;
        // arguing for a contribution or an inquiry is not making one
        agents = subjectOf(s, args, c);
        found = found.stream().filter(f -> f.predicate().equals("supports")).toList();
      }
      if (agents.isEmpty()) {
        continue;
      }
      for (NounFrame f : found) {
        List<Integer> objects = objects(s, c, i, f, agentUnit);
        if (objects.isEmpty() && afterCopula(s, c, i) && !inPhrase(s, i)) {
          objects = args.subject(c); // "De dronemuur is een voorstel van de Europese Commissie"
        }
        Provenance p = new Provenance(s.span(), sentenceText, f.rule());
        for (Entity agent : agents) {
          for (int o : objects) {
            Entity object = u.get(o).isName() ? u.get(o).mention().entity() : null;
            if (object == null
                || object.id().equals(agent.id())
                || !f.subjectTypes().contains(agent.type())
                || !f.objectTypes().contains(object.type())) {
              continue;
            }
            out.putIfAbsent(
                agent.id() + " " + f.predicate() + " " + object.id(),
                new Relation(agent, f.predicate(), object, modalityOf(s, c, i), f.confidence(), p));
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The name the noun belongs to: glued to it ("EU-steun"), an adjective before it ("de Nederlandse
   * bijdrage"), or after "van"/"door" right after it; -1 for none.
   */
  private int agentUnit(ParsedSentence s, int i) {
    List<Unit> u = s.units();
    if (u.get(i).mention() != null) {
      // "EU-steun": the organisation is the agent; "Patriot-inzet": the system is what is used
      EntityType glued = u.get(i).mention().entity().type();
      if (glued == EntityType.COUNTRY || glued == EntityType.ORGANIZATION) {
        return i;
      }
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      Unit x = u.get(j);
      if (x.isName()) {
        return adjective(x) ? j : -1;
      }
      if (words.is(WordClass.DETERMINER, x.lower())
          || x.isPunctuation()
          || x.isVerb()
          || words.is(WordClass.PREPOSITION, x.lower())) {
        break;
      }
    }
    if (i + 1 < u.size()
        && (u.get(i + 1).lower().equals("van") || u.get(i + 1).lower().equals("door"))) {
      for (int j = i + 2; j < Math.min(u.size(), i + 5); j++) {
        if (u.get(j).isName()) {
          return j;
        }
        if (!words.is(WordClass.DETERMINER, u.get(j).lower()) && !plainWord(u.get(j))) {
          break;
        }
      }
    }
    return -1;
  }

  /** "Nederlandse", "Duitse": a country's adjective, which says whose the noun after it is. */
  private static boolean adjective(Unit x) {
    Entity e = x.mention().entity();
    return e.type() == EntityType.COUNTRY
        && !x.text().equals(e.label())
        && Character.isUpperCase(x.text().codePointAt(0))
        && (x.text().endsWith("e") || x.text().endsWith("s"));
  }

  /**
   * "onze bijdrage", "mijn voorstel": the writer's; "haar voorstel", "hun bijdrage": the subject's
   * of the clause; else none.
   */
  private List<Entity> possessor(
      ParsedSentence s, ClauseArguments args, Clause c, int i, Pronouns names) {
    for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
      Unit x = s.units().get(j);
      String w = x.lower();
      if ((w.equals("onze") || w.equals("ons") || w.equals("mijn")) && names.writer() != null) {
        return List.of(names.writer());
      }
      if (w.equals("haar") || w.equals("zijn") || w.equals("hun")) {
        return subjectOf(s, args, c);
      }
      if (!plainWord(x)) {
        break;
      }
    }
    return List.of();
  }

  private static List<Entity> subjectOf(ParsedSentence s, ClauseArguments args, Clause c) {
    List<Entity> out = new ArrayList<>();
    for (int k : args.subject(c)) {
      if (s.units().get(k).isName()) {
        out.add(s.units().get(k).mention().entity());
      }
    }
    return out;
  }

  /**
   * The clause's modality, or negated when a word that stops what it names stands before the noun,
   * or anywhere in a passive clause ("blokkeerde de toetreding van Zweden tot de NAVO": Zweden is
   * not a member then).
   */
  private Modality modalityOf(ParsedSentence s, Clause c, int i) {
    Modality m = modality.of(s, c, -1);
    if (m != Modality.ASSERTED && m != Modality.INTENDED) {
      return m;
    }
    // "De toetreding van Zweden werd door Turkije geblokkeerd": in a passive, after it
    boolean passive = s.hasVerb(c, "v-worden");
    for (int k : c.units()) {
      if ((k < i || passive) && words.is(WordClass.OBSTRUCTION, s.units().get(k).lower())) {
        return Modality.NEGATED;
      }
    }
    return m;
  }

  /**
   * Whether a word by which the subject argues for something stands before the noun in its clause.
   */
  private boolean advocated(ParsedSentence s, Clause c, int i) {
    for (int k : c.units()) {
      if (k >= i) {
        return false;
      }
      if (words.is(WordClass.ADVOCACY, s.units().get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The names after the noun, inside its phrase and clause, in one of the frame's object slots. */
  private List<Integer> objects(ParsedSentence s, Clause c, int i, NounFrame f, int agent) {
    List<Integer> out = new ArrayList<>();
    List<Unit> u = s.units();
    for (int j = i + 1; j < Math.min(u.size(), i + REACH); j++) {
      Unit x = u.get(j);
      if (!c.has(j) || x.canBeFinite() || x.lower().equals(";")) {
        break;
      }
      if (!x.isName() || j == agent) {
        continue;
      }
      String governor = s.governor(j);
      boolean direct =
          governor.isEmpty() && f.objectSlots().contains("direct") && onlyArticlesBetween(s, i, j);
      // "de oproep tot de opbouw van X": X stands in the phrase the preposition governs
      boolean chained =
          governor.equals("van") && f.objectSlots().contains(String.valueOf(s.chain(j)));
      if (direct || chained || !governor.isEmpty() && f.objectSlots().contains(governor)) {
        out.add(j);
      }
    }
    return out;
  }

  private boolean onlyArticlesBetween(ParsedSentence s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = s.units().get(k).lower();
      if (!words.is(WordClass.DETERMINER, w)
          && !w.equals("(")
          && !w.equals("“")
          && !w.equals("‘")
          && !w.equals("\"")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the noun stands after a finite copula of its clause that is not "worden" (a passive's).
   */
  private static boolean afterCopula(ParsedSentence s, Clause c, int i) {
    for (int k : c.units()) {
      if (k >= i) {
        return false;
      }
      Unit x = s.units().get(k);
      if (x.verbIs("copula")
          && x.canBeFinite()
          && x.verbs().stream().noneMatch(v -> v.verbId().equals("v-worden"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "over de inzet van Nederland": the noun heads a prepositional phrase, it is no predicate noun.
   */
  private boolean inPhrase(ParsedSentence s, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      Unit x = s.units().get(j);
      if (words.is(WordClass.PREPOSITION, x.lower())) {
        return true;
      }
      if (!words.is(WordClass.DETERMINER, x.lower()) && !plainWord(x)) {
        return false;
      }
    }
    return false;
  }

  private boolean plainWord(Unit x) {
    if (x.mention() != null || x.isPunctuation() || x.isVerb()) {
      return false;
    }
    for (WordClass wc : WordClass.values()) {
      if (words.is(wc, x.lower())) {
        return false;
      }
    }
    return true;
  }
}
