package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * Reads relations from the verbs of a sentence's clauses: each verb with a frame in {@code
 * predicates.tsv} relates its clause's subject to the names in the frame's object slot, when both
 * have the types the frame allows, with the clause's modality.
 *
 * <p>A passive clause turns subject and object round ("EUMAM wordt geleid door de EU"); a relative
 * clause about a name takes that name as its subject or, when it has a subject of its own, as its
 * object ("het initiatief, dat Nederland steunt"); "waaraan", "waarin" stand for their preposition
 * and the name before them; "ik" and "wij" are the writer's country; "namens X" makes X the one who
 * acts; "samen met X" does what the frame says.
 */
final class ClauseRelations {
  /** Who does what a passive clause says: "door de EU", "vanuit de NAVO". */
  private static final Set<String> PASSIVE_AGENT = Set.of("door", "vanuit");

  private final FunctionWords words;
  private final ClauseModality modality;
  private final FramePresence present;

  ClauseRelations(VerbFrames frames, FunctionWords words) {
    this.present = new FramePresence(frames, words);
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
          for (VerbFrame f : present.applicable(s, c, i, form)) {
            relate(s, args, c, i, form, f, names, modality.of(s, c, i), sentenceText, out);
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  private void relate(
      ParsedSentence s,
      ClauseArguments args,
      Clause c,
      int verb,
      VerbForm form,
      VerbFrame f,
      Pronouns names,
      Modality m,
      String sentenceText,
      Map<String, Relation> out) {
    // "wordt opgeroepen tot" is passive; "is toegetreden tot": "zijn" with the participle of a
    // verb without object is its perfect
    boolean passive =
        form.isA(VerbForm.Kind.PARTICIPLE)
            && (s.hasVerb(c, "v-worden") || f.takesDirectObject() && passiveClause(s, c));
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
      subjects =
          controlledByObject(s, c, verb)
              ? beforeVerb(args.directObjects(c), verb)
              : args.subject(c);
      if (f.takesDirectObject()) {
        objects.addAll(args.directObjects(c));
        if (c.kind() == Clause.Kind.RELATIVE
            && c.antecedent() >= 0
            && !subjects.contains(c.antecedent())) {
          objects.addAll(
              args.withCoordinatedBefore(
                  c.antecedent())); // "EDIS en EDIP, die hij zal presenteren"
        }
        if (objects.isEmpty()) {
          objects.addAll(
              infinitiveObjects(s, args, c)); // "stelt voor om de Oekraïne Reserve op te zetten"
        }
        if (objects.isEmpty() && c.parent() != null && words.is(WordClass.CAUSE, c.marker())) {
          // "De USL is niet goedgekeurd, aangezien Hongarije de goedkeuring blokkeert"
          objects.addAll(args.subject(c.parent()));
        }
      }
    }
    objects.addAll(args.governedBy(c, slots));
    if (c.antecedent() >= 0
        && c.marker().startsWith("waar")
        && slots.contains(pronominal(c.marker()))) {
      objects.add(c.antecedent()); // "het initiatief waaraan Nederland deelneemt"
    }
    if (objects.stream().anyMatch(o -> !pronominalAdverb(s.units().get(o)))) {
      // "heeft hierbij een co-lead rol op de PCA drones": the name is the object, "hierbij" a frame
      objects.removeIf(o -> pronominalAdverb(s.units().get(o)));
    }
    List<Entity> referred =
        objects.isEmpty() ? present.splitReference(s, c, slots, names) : List.of();
    List<Integer> together = together(s, args, c);
    String predicate = f.predicate();
    List<Entity> subjectEntities = entities(s, args, c, subjects, names);
    List<Entity> objectEntities = entities(s, args, c, objects, names);
    objectEntities.addAll(referred);
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
      case NONE -> {}
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

  /**
   * "dat Nederland partners zal aansporen bij te dragen": a "te"-infinitive without "om" in the
   * clause of a verb whose object does what the infinitive says; its subject is that object.
   */
  private static boolean controlledByObject(ParsedSentence s, Clause c, int verb) {
    if (c.kind() == Clause.Kind.INFINITIVE
        || verb == 0
        || !s.units().get(verb - 1).lower().equals("te")) {
      return false;
    }
    for (int i : c.units()) {
      if (i < verb && s.units().get(i).verbIs("object-control")) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> beforeVerb(List<Integer> units, int verb) {
    return units.stream().filter(i -> i < verb).toList();
  }

  private static void add(
      VerbFrame f,
      Entity subject,
      String predicate,
      Entity object,
      Modality m,
      Provenance p,
      Map<String, Relation> out) {
    if (subject.id().equals(object.id())
        || !f.subjectTypes().contains(subject.type())
        || !f.objectTypes().contains(object.type())) {
      return;
    }
    out.putIfAbsent(
        subject.id() + " " + predicate + " " + object.id(),
        new Relation(subject, predicate, object, m, f.confidence(), p));
  }

  /** "hierbij", "daaraan": a name unit that refers back with a pronominal adverb. */
  private static boolean pronominalAdverb(Unit x) {
    String w = x.lower();
    return x.isName()
        && (w.startsWith("hier") || w.startsWith("daar"))
        && !w.equals(x.mention().entity().label().toLowerCase(Locale.ROOT));
  }

  /** The entities of the units: names, pronouns resolved; "namens X" for the one acting. */
  private static List<Entity> entities(
      ParsedSentence s, ClauseArguments args, Clause c, List<Integer> units, Pronouns names) {
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

  private static String pronominal(String marker) {
    String p = marker.substring(4);
    return p.equals("mee") ? "met" : p.equals("toe") ? "tot" : p;
  }
}
