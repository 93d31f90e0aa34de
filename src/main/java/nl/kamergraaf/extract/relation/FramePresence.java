package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.clause.Clause;
import nl.kamergraaf.extract.clause.FunctionWords;
import nl.kamergraaf.extract.clause.FunctionWords.WordClass;
import nl.kamergraaf.extract.clause.ParsedSentence;
import nl.kamergraaf.extract.clause.Unit;
import nl.kamergraaf.extract.clause.VerbForm;
import nl.kamergraaf.extract.model.Entity;

/**
 * Which verb frames a verb in a clause can state: a separable verb's particle must stand where
 * Dutch puts it ("draagt ... bij", "bijdraagt", "bij te dragen"), and a frame's noun ("de leiding
 * nemen") must stand in the clause outside a prepositional phrase; a frame with its noun present
 * wins over the verb's plain frames.
 */
final class FramePresence {
  private final VerbFrames frames;
  private final FunctionWords words;

  FramePresence(VerbFrames frames, FunctionWords words) {
    this.frames = frames;
    this.words = words;
  }

  /** The frames of this verb form that fit the clause: its particle stands there, its noun too. */
  List<VerbFrame> applicable(ParsedSentence s, Clause c, int i, VerbForm form) {
    List<VerbFrame> candidates = frames.of(form.verbId());
    if (candidates.isEmpty() || !particleFound(s, c, i, form) || auxiliary(s, c, i, form)) {
      return List.of();
    }
    List<VerbFrame> withNoun = new ArrayList<>();
    List<VerbFrame> plain = new ArrayList<>();
    for (VerbFrame f : candidates) {
      if (f.nouns().isEmpty()) {
        plain.add(f);
      } else if (hasWord(s, c, f.nouns())) {
        withNoun.add(f);
      }
    }
    return withNoun.isEmpty() ? plain : withNoun;
  }

  /**
   * "heeft de leiding van X overgedragen": "hebben" with the participle of another verb in its
   * clause only makes the perfect, and its own frames ("de leiding hebben") do not apply.
   */
  private static boolean auxiliary(ParsedSentence s, Clause c, int i, VerbForm form) {
    if (!form.verbId().equals("v-hebben") || form.isA(VerbForm.Kind.PARTICIPLE)) {
      return false;
    }
    for (int k : c.units()) {
      Unit x = s.units().get(k);
      boolean other = x.verbs().stream().anyMatch(v -> !v.verbId().equals("v-hebben"));
      // "de door Duitsland geleide missie": an inflected participle describes a noun
      if (k != i && other && x.verbIsA(VerbForm.Kind.PARTICIPLE) && !x.lower().endsWith("e")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the separable verb's particle stands where it must: joined, before "te", or later in a
   * main clause.
   */
  private boolean particleFound(ParsedSentence s, Clause c, int i, VerbForm form) {
    String particle = form.particle();
    if (particle.isEmpty()) {
      return true;
    }
    String word = s.units().get(i).lower();
    if (word.startsWith(particle) && word.length() > particle.length()) {
      return true; // "bijdraagt", "bijgedragen", "bijdragen"
    }
    List<Integer> units = c.units();
    int at = c.positionOf(i);
    // "bij te dragen", "bij wil dragen", "dat Nederland … beschikbaar stelt": right before the
    // verb cluster
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      Unit x = s.units().get(units.get(k));
      if (x.lower().equals(particle)) {
        return true;
      }
      if (!x.lower().equals("te") && !x.isVerb()) {
        break;
      }
    }
    if (!form.finite()) {
      return false;
    }
    for (int k = at + 1; k < units.size(); k++) {
      int idx = units.get(k);
      if (s.units().get(idx).lower().equals(particle) && standsAlone(s, idx)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A particle ends its clause's middle field: no name or article follows it as if it were a
   * preposition.
   */
  private boolean standsAlone(ParsedSentence s, int idx) {
    if (idx + 1 >= s.units().size()) {
      return true;
    }
    Unit next = s.units().get(idx + 1);
    String w = next.lower();
    if (next.isName() || words.is(WordClass.DETERMINER, w) && !w.equals("dat")) {
      return false;
    }
    return next.isPunctuation()
        || next.isVerb()
        || words.is(WordClass.PREPOSITION, w)
        || words.is(WordClass.COORDINATOR, w)
        || words.is(WordClass.SUBORDINATOR, w)
        || w.equals("om");
  }

  /**
   * Whether one of the nouns stands in the clause outside a prepositional phrase ("kennis nemen van
   * de leiding" has none).
   */
  private boolean hasWord(ParsedSentence s, Clause c, Set<String> nouns) {
    List<Integer> units = c.units();
    for (int k = 0; k < units.size(); k++) {
      if (nouns.contains(s.units().get(units.get(k)).lower()) && !inPhrase(s, units, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean inPhrase(ParsedSentence s, List<Integer> units, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      Unit x = s.units().get(units.get(j));
      String w = x.lower();
      if (words.is(WordClass.PREPOSITION, w)) {
        return !w.equals("te") && !w.equals("om");
      }
      if (x.isVerb()
          || x.isName()
          || x.isPunctuation()
          || !words.is(WordClass.DETERMINER, w) && !w.endsWith("e")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Daar draagt Nederland direct aan bij", "Nederland heeft hier ook aan bijgedragen": "hier" or
   * "daar" and, later in the clause, a preposition of the frame standing alone refer to the
   * programme named last before the clause; empty when there is no such pair.
   */
  List<Entity> splitReference(ParsedSentence s, Clause c, Set<String> slots, Pronouns names) {
    List<Integer> units = c.units();
    for (int k = 0; k < units.size(); k++) {
      String w = s.units().get(units.get(k)).lower();
      if (!w.equals("hier") && !w.equals("daar")) {
        continue;
      }
      for (int j = k + 1; j < units.size(); j++) {
        int idx = units.get(j);
        String p = s.units().get(idx).lower();
        if (slots.contains(p.equals("mee") ? "met" : p) && standsAlone(s, idx)) {
          Entity program = names.programBefore(s.units().get(units.get(0)).span().start());
          return program == null ? List.of() : List.of(program);
        }
      }
    }
    return List.of();
  }
}
