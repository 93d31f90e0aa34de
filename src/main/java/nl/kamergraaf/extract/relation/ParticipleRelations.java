package nl.kamergraaf.extract.relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.extract.clause.Clause;
import nl.kamergraaf.extract.clause.FunctionWords;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.clause.ParsedSentence;
import nl.kamergraaf.extract.clause.Unit;
import nl.kamergraaf.extract.clause.VerbForm;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;

/**
 * Relations stated by a participle outside a clause of its own, for verbs whose frame takes a
 * direct object: "het door de Commissie voorgestelde EDIP" (the agent after "door" before the
 * participle, the object right after it; or whose it is, after "van": "het gelanceerde Eastern
 * Sentry van de NAVO") and "EUFOR Althea, geleid door de EU," (the object before the participle,
 * the agent after "door").
 */
final class ParticipleRelations {
  /** How far the agent may stand before an adjectival participle (units). */
  private static final int REACH = 5;

  private final VerbFrames frames;
  private final FunctionWords words;
  private final ClauseModality modality;

  ParticipleRelations(VerbFrames frames, FunctionWords words) {
    this.frames = frames;
    this.words = words;
    this.modality = new ClauseModality(words);
  }

  List<Relation> read(ParsedSentence s, String sentenceText) {
    Map<String, Relation> out = new LinkedHashMap<>();
    List<Unit> u = s.units();
    for (int i = 0; i < u.size(); i++) {
      for (VerbForm form : u.get(i).verbs()) {
        if (!form.isA(VerbForm.Kind.PARTICIPLE)
            || !form.particle().isEmpty() && !u.get(i).lower().startsWith(form.particle())) {
          continue;
        }
        for (VerbFrame f : frames.of(form.verbId())) {
          if (f.takesDirectObject() && f.nouns().isEmpty()) {
            int[] pair = u.get(i).lower().endsWith("e") ? adjectival(s, i) : appositive(s, i);
            if (pair != null) {
              add(s, f, pair[0], pair[1], i, sentenceText, out);
            }
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** "het door de Commissie voorgestelde EDIP": agent and object units, or null. */
  private int[] adjectival(ParsedSentence s, int i) {
    int agent = -1;
    for (int j = i - 1; j >= Math.max(0, i - REACH); j--) {
      if (s.units().get(j).isName() && s.governor(j).equals("door")) {
        agent = j;
        break;
      }
    }
    int object = nameAfter(s, i + 1);
    if (agent < 0
        && object >= 0
        && object + 2 < s.units().size()
        && s.units().get(object + 1).lower().equals("van")) {
      agent = nameAfter(s, object + 2); // "het in september gelanceerde Eastern Sentry van de NAVO"
    }
    return agent >= 0 && object >= 0 ? new int[] {agent, object} : null;
  }

  /** "EUFOR Althea, geleid door de EU": agent and object units, or null. */
  private int[] appositive(ParsedSentence s, int i) {
    List<Unit> u = s.units();
    if (i < 2
        || !u.get(i - 1).lower().equals(",")
        || !u.get(i - 2).isName()
        || i + 1 >= u.size()
        || !u.get(i + 1).lower().equals("door")) {
      return null;
    }
    int agent = nameAfter(s, i + 2);
    return agent >= 0 ? new int[] {agent, i - 2} : null;
  }

  /** The name at or right after {@code from}, articles and adjectives between; -1 for none. */
  private int nameAfter(ParsedSentence s, int from) {
    for (int j = from; j < Math.min(s.units().size(), from + 3); j++) {
      Unit x = s.units().get(j);
      if (x.isName()) {
        return j;
      }
      if (!words.is(WordClass.DETERMINER, x.lower()) && !x.lower().endsWith("e")) {
        return -1;
      }
    }
    return -1;
  }

  private void add(
      ParsedSentence s,
      VerbFrame f,
      int agentUnit,
      int objectUnit,
      int verb,
      String sentenceText,
      Map<String, Relation> out) {
    Entity agent = s.units().get(agentUnit).mention().entity();
    Entity object = s.units().get(objectUnit).mention().entity();
    Clause c = s.clauseOf(verb);
    if (c == null
        || agent.id().equals(object.id())
        || !f.subjectTypes().contains(agent.type())
        || !f.objectTypes().contains(object.type())) {
      return;
    }
    out.putIfAbsent(
        agent.id() + " " + f.predicate() + " " + object.id(),
        new Relation(
            agent,
            f.predicate(),
            object,
            modality.of(s, c, verb),
            f.confidence(),
            new Provenance(s.span(), sentenceText, f.rule() + "/participle")));
  }
}
