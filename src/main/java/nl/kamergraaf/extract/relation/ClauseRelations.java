package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Reads relations from the verbs of a sentence's clauses: each verb with a frame in
 * {@code predicates.tsv} relates its clause's subject to the names in the frame's object slot,
 * when both have the types the frame allows, with the clause's modality.
 *
 * <p>A passive clause turns subject and object round ("EUMAM wordt geleid door de EU"); a
 * relative clause about a name takes that name as its subject or, when it has a subject of its
 * own, as its object ("het initiatief, dat Nederland steunt"); "waaraan", "waarin" stand for
 * their preposition and the name before them; "ik" and "wij" are the writer's country;
 * "namens X" makes X the one who acts; "samen met X" does what the frame says.
 */
final class ClauseRelations {
  /** Who does what a passive clause says: "door de EU", "vanuit de NAVO". */
  private static final Set<String> PASSIVE_AGENT = Set.of("door", "vanuit");

  private final VerbFrames frames;
  private final FunctionWords words;
  private final ClauseModality modality;

  ClauseRelations(VerbFrames frames, FunctionWords words) {
    this.frames = frames;
    this.words = words;
    this.modality = new ClauseModality(words);
  }

  /** The relations the clauses of one sentence state; {@code names} resolves "ik", "wij", "hij". */
  List<Relation> read(ParsedSentence s, ClauseArguments args, Pronouns names, String sentenceText) {
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Clause c : s.clauses()) {
      for (int i : c.units()) {
        Unit unit = s.units().get(i);
        for (VerbForm form : unit.verbs()) {
          for (VerbFrame f : applicable(s, c, i, form)) {
            relate(s, args, c, i, form, f, names, modality.of(s, c, i), sentenceText, out);
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The frames of this verb form that fit the clause: its particle stands there, its noun too. */
  private List<VerbFrame> applicable(ParsedSentence s, Clause c, int i, VerbForm form) {
    List<VerbFrame> candidates = frames.of(form.verbId());
    if (candidates.isEmpty() || !particleFound(s, c, i, form)) {
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

  private void relate(ParsedSentence s, ClauseArguments args, Clause c, int verb, VerbForm form, VerbFrame f,
      Pronouns names, Modality m, String sentenceText, Map<String, Relation> out) {
    // "wordt opgeroepen tot" is passive; "is toegetreden tot": "zijn" with the participle of a
    // verb without object is its perfect
    boolean passive = form.isA(VerbForm.Kind.PARTICIPLE)
        && (hasVerb(s, c, "v-worden") || f.takesDirectObject() && passiveClause(s, c));
    List<Integer> subjects;
    List<Integer> objects = new ArrayList<>();
    Set<String> slots = new HashSet<>(f.objectSlots());
    slots.remove("direct");
    if (passive) {
      subjects = args.governedBy(c, PASSIVE_AGENT);
      if (f.takesDirectObject()) {
        objects.addAll(args.subject(c));
      }
    } else {
      subjects = args.subject(c);
      if (f.takesDirectObject()) {
        objects.addAll(args.directObjects(c));
        if (c.kind() == Clause.Kind.RELATIVE && c.antecedent() >= 0 && !subjects.contains(c.antecedent())) {
          objects.addAll(args.withCoordinatedBefore(c.antecedent())); // "EDIS en EDIP, die hij zal presenteren"
        }
        if (objects.isEmpty()) {
          objects.addAll(infinitiveObjects(s, args, c)); // "stelt voor om de Oekraïne Reserve op te zetten"
        }
      }
    }
    objects.addAll(args.governedBy(c, slots));
    if (c.antecedent() >= 0 && c.marker().startsWith("waar") && slots.contains(pronominal(c.marker()))) {
      objects.add(c.antecedent()); // "het initiatief waaraan Nederland deelneemt"
    }
    List<Integer> together = together(s, args, c);
    String predicate = f.predicate();
    List<Entity> subjectEntities = entities(s, args, c, subjects, names);
    List<Entity> objectEntities = entities(s, args, c, objects, names);
    List<Entity> partners = entities(s, args, c, together, names);
    switch (f.together()) {
      case CO_SUBJECT -> {
        subjectEntities.addAll(partners);
        objectEntities.removeAll(partners);
      }
      case CO_LEADS -> {
        if (!partners.isEmpty()) {
          predicate = "co-leads";
          subjectEntities.addAll(partners);
          objectEntities.removeAll(partners);
        }
      }
      case OBJECT -> objectEntities.addAll(partners);
      case NONE -> { }
    }
    if (f.inverse()) {
      List<Entity> swap = subjectEntities; // "Oekraïne ontvangt F-16's van Nederland"
      subjectEntities = objectEntities;
      objectEntities = swap;
    }
    Provenance p = new Provenance(s.span(), sentenceText, f.rule());
    for (Entity subject : subjectEntities) {
      for (Entity object : objectEntities) {
        add(f, subject, predicate, object, m, p, out);
      }
    }
    if (f.together() == VerbFrame.Together.OBJECT) {
      // "samen met Duitsland en Polen een intentieverklaring ondertekend": they sign with each
      // other too; "Duitsland en Nederland ondertekenden een verklaring": with each other
      List<Entity> parties = objectEntities.isEmpty() ? subjectEntities : partners;
      for (int a = 0; a < parties.size(); a++) {
        for (int b = a + 1; b < parties.size(); b++) {
          add(f, parties.get(a), predicate, parties.get(b), m, p, out);
        }
      }
    }
  }

  private static void add(VerbFrame f, Entity subject, String predicate, Entity object, Modality m, Provenance p,
      Map<String, Relation> out) {
    if (subject.id().equals(object.id()) || !f.subjectTypes().contains(subject.type())
        || !f.objectTypes().contains(object.type())) {
      return;
    }
    out.putIfAbsent(subject.id() + " " + predicate + " " + object.id(),
        new Relation(subject, predicate, object, m, f.confidence(), p));
  }

  /** The entities of the units: names, pronouns resolved; "namens X" for the one acting. */
  private static List<Entity> entities(ParsedSentence s, ClauseArguments args, Clause c, List<Integer> units,
      Pronouns names) {
    List<Entity> out = new ArrayList<>();
    List<Integer> behalf = args.governedBy(c, Set.of("namens"));
    for (int i : units) {
      Unit x = s.units().get(i);
      boolean person = x.isName() && x.mention().entity().type() == EntityType.PERSON;
      if ((args.firstPerson(i) || person) && !behalf.isEmpty()) {
        behalf.forEach(b -> out.add(s.units().get(b).mention().entity()));
      } else if (x.isName() && !behalf.contains(i)) {
        out.add(x.mention().entity());
      } else if (x.mention() == null) {
        Entity e = args.firstPerson(i) ? names.writer() : names.resolve(x);
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** Direct objects of an "om ... te" clause that depends on this one. */
  private static List<Integer> infinitiveObjects(ParsedSentence s, ClauseArguments args, Clause c) {
    List<Integer> out = new ArrayList<>();
    for (Clause k : s.clauses()) {
      if (k.parent() == c && k.kind() == Clause.Kind.INFINITIVE) {
        out.addAll(args.directObjects(k));
      }
    }
    return out;
  }

  /** Names after "samen met", "gezamenlijk met" in the clause. */
  private List<Integer> together(ParsedSentence s, ClauseArguments args, Clause c) {
    List<Integer> units = c.units();
    List<String> lower = units.stream().map(i -> s.units().get(i).lower()).toList();
    for (int j = 0; j < lower.size(); j++) {
      int n = words.phraseAt(WordClass.COMITATIVE, lower, j);
      if (n > 1) {
        int after = units.get(j + n - 1);
        return args.governedBy(c, Set.of("met")).stream().filter(i -> i > after).toList();
      }
    }
    return List.of();
  }

  /** Whether the separable verb's particle stands where it must: joined, before "te", or later in a main clause. */
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
    if (form.isA(VerbForm.Kind.INFINITIVE)) {
      // "bij te dragen", "bij wil dragen"
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
    }
    for (int k = at + 1; k < units.size(); k++) {
      int idx = units.get(k);
      if (s.units().get(idx).lower().equals(particle) && standsAlone(s, idx)) {
        return true;
      }
    }
    return false;
  }

  /** A particle ends its clause's middle field: no name or article follows it as if it were a preposition. */
  private boolean standsAlone(ParsedSentence s, int idx) {
    if (idx + 1 >= s.units().size()) {
      return true;
    }
    Unit next = s.units().get(idx + 1);
    String w = next.lower();
    if (next.isName() || words.is(WordClass.DETERMINER, w) && !w.equals("dat")) {
      return false;
    }
    return next.isPunctuation() || next.isVerb() || words.is(WordClass.PREPOSITION, w)
        || words.is(WordClass.COORDINATOR, w) || words.is(WordClass.SUBORDINATOR, w) || w.equals("om");
  }

  private static boolean hasVerb(ParsedSentence s, Clause c, String verbId) {
    for (int i : c.units()) {
      if (s.units().get(i).verbs().stream().anyMatch(v -> v.verbId().equals(verbId))) {
        return true;
      }
    }
    return false;
  }

  /** "wordt geleid", "is voorgesteld door": a passive auxiliary. */
  private static boolean passiveClause(ParsedSentence s, Clause c) {
    boolean passive = false;
    for (int i : c.units()) {
      Unit x = s.units().get(i);
      if (x.verbIs("passive") && x.isVerb()) {
        passive = true;
      }
    }
    return passive;
  }

  /** Whether one of the nouns stands in the clause outside a prepositional phrase ("kennis nemen van de leiding" has none). */
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
      if (x.isVerb() || x.isName() || x.isPunctuation() || !words.is(WordClass.DETERMINER, w) && !w.endsWith("e")) {
        return false;
      }
    }
    return false;
  }

  private static String pronominal(String marker) {
    String p = marker.substring(4);
    return p.equals("mee") ? "met" : p.equals("toe") ? "tot" : p;
  }
}
