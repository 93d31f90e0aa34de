package nl.kamergraaf.extract.relation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.model.Relation.Modality;
import nl.kamergraaf.ingest.Span;

/**
 * Finds relations stated in single sentences: a cue from {@code rules/relations.tsv} with
 * entities of fitting types around it (see {@link CueMatch}), the sentence's negation or
 * intention kept as modality; "hierin", "dit voorstel" reach the programme named before (see
 * {@link Anaphora}); memberships come from {@link Memberships}.
 */
public final class RelationExtractor {
  private final List<RelationCue> cues = new ArrayList<>();
  private final Pattern negated;
  private final Pattern intended;
  private final Pattern questioned;
  private final Memberships memberships;
  private final ActingFor actingFor;

  public RelationExtractor(EntityRecognizer names) {
    int i = 0;
    for (TsvTable.Row row : TsvTable.load("/nl/kamergraaf/extract/rules/relations.tsv")
        .require("predicate", "cue", "direction", "subject", "object", "confidence").rows()) {
      cues.add(RelationCue.of(row, ++i));
    }
    Properties p = new Properties();
    String resource = "/nl/kamergraaf/extract/rules/modality.properties";
    try (InputStream in = RelationExtractor.class.getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw new ExtractException("cannot read " + resource, e);
    }
    negated = Pattern.compile(p.getProperty("negated"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    intended = Pattern.compile(p.getProperty("intended"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    questioned = Pattern.compile(p.getProperty("questioned"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    memberships = new Memberships(names);
    actingFor = new ActingFor(names);
  }

  /** Relations in the given sentences; {@code mentions} sorted by position. */
  public List<Relation> extract(String text, List<Span> sentences, List<Mention> mentions) {
    // Names inside names ("Duits" in "het Duits geleide inkoopproject") relate through their
    // outer name only.
    List<Mention> reachable = Anaphora.resolve(text,
        mentions.stream().filter(m -> !EntityRecognizer.isNested(m)).toList());
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Span sentence : sentences) {
      List<Mention> inside = reachable.stream().filter(m -> sentence.contains(m.provenance().span())).toList();
      if (inside.isEmpty()) {
        continue;
      }
      String s = sentence.of(text);
      List<Relation> found = new ArrayList<>(memberships.find(text, sentence, inside));
      for (RelationCue cue : cues) {
        if (!cue.mayRelate(inside)) {
          continue;
        }
        Matcher m = cue.cue().matcher(s);
        while (m.find()) {
          Span at = new Span(sentence.start() + m.start(), sentence.start() + m.end());
          Modality modality = modality(s, m.start(), m.end());
          relate(cue, new CueMatch(text, inside, at), inside, reachable, modality,
              new Provenance(sentence, s, cue.id()), found);
        }
      }
      for (Relation r : mostSpecific(found)) {
        Entity subject = actingFor.subject(r.subject());
        if (!subject.id().equals(r.object().id())) {
          Relation stated = new Relation(subject, r.predicate(), r.object(), r.modality(), r.confidence(), r.provenance());
          out.putIfAbsent(subject.id() + r.predicate() + r.object().id() + sentence.start(), stated);
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** Predicates that say more than another one: a financial contribution funds. */
  private static final Map<String, String> NARROWS = Map.of("funds", "contributes-to", "co-leads", "leads");

  /** Of two statements on the same pair in one sentence, the one that says more. */
  private static List<Relation> mostSpecific(List<Relation> found) {
    java.util.Set<String> said = new java.util.HashSet<>();
    found.forEach(r -> said.add(r.subject().id() + " " + r.predicate() + " " + r.object().id()));
    List<Relation> kept = new ArrayList<>();
    for (Relation r : found) {
      boolean narrower = NARROWS.entrySet().stream().anyMatch(n -> n.getValue().equals(r.predicate())
          && said.contains(r.subject().id() + " " + n.getKey() + " " + r.object().id()));
      if (!narrower) {
        kept.add(r);
      }
    }
    return kept;
  }

  /** How far back the programme just spoken of may be named (characters). */
  private static final int TOPIC_REACH = 300;

  private static Mention lastProgramBefore(List<Mention> all, int at, RelationCue cue) {
    Mention last = null;
    for (Mention m : all) {
      Span s = m.provenance().span();
      if (s.end() > at) {
        break;
      }
      if (cue.objectTypes().contains(m.entity().type()) && m.entity().type() == nl.kamergraaf.extract.model.EntityType.PROGRAM
          && at - s.end() <= TOPIC_REACH) {
        last = m;
      }
    }
    return last;
  }

  private static void relate(RelationCue cue, CueMatch match, List<Mention> inside, List<Mention> all,
      Modality modality, Provenance prov, List<Relation> found) {
    switch (cue.direction()) {
      case FORWARD -> {
        if (match.infinitive()) {
          infinitive(cue, match, modality, prov, found);
          return;
        }
        Mention inverted = match.invertedSubject(cue.subjectTypes());
        List<Mention> subjects = inverted != null ? List.of(inverted) : match.before(cue.subjectTypes());
        List<Mention> objects = match.after(cue.objectTypes());
        if (objects.isEmpty() && inverted != null) {
          // "heeft de NAVO ... Eastern Sentry aangekondigd": the object inside the cue
          Mention within = match.firstAfter(inverted.provenance().span(), cue.objectTypes(), inverted);
          objects = within == null ? List.of() : List.of(within);
        }
        if (objects.isEmpty() && subjects.size() == 1 && inverted == null && match.endsClause()
            && cue.objectTypes().contains(subjects.get(0).entity().type())) {
          // subject, object, verb: the nearest before the verb is its object
          Mention subject = match.subjectBeforeObject(subjects.get(0), cue.subjectTypes());
          if (subject != null) {
            objects = subjects;
            subjects = List.of(subject);
          }
        }
        if (objects.isEmpty() && !subjects.isEmpty() && match.endsClause()) {
          // "dat Nederland en Duitsland de EPF steunen": the object between the subject and the verb
          Mention middle = match.betweenAndCue(subjects.get(0).provenance().span(), cue.objectTypes());
          objects = middle == null ? List.of() : List.of(middle);
        }
        if (objects.isEmpty() && !subjects.isEmpty() && match.endsClause()) {
          // "De USL is nog niet goedgekeurd, aangezien Hongarije de goedkeuring blokkeert": a verb
          // at the end of its clause has its object before it, here before the subject; with
          // none there ("Nederland heeft €750 miljoen toegezegd") the programme just spoken of
          Mention topic = match.lastBefore(subjects.get(0).provenance().span(), cue.objectTypes());
          if (topic == null) {
            topic = lastProgramBefore(all, subjects.get(0).provenance().span().start(), cue);
          }
          objects = topic == null ? List.of() : List.of(topic);
        }
        pairs(subjects, cue, objects, modality, prov, found);
      }
      case PASSIVE -> pairs(match.after(cue.subjectTypes()), cue, match.before(cue.objectTypes()), modality, prov, found);
      case COLEADS -> {
        // what is led: named after the cue ("een co-lead rol op de PCA drones en op de PCA
        // militaire mobiliteit"), else referred to ("neemt hierin ... de leiding"), else named before
        List<Mention> objects = match.after(cue.objectTypes());
        if (objects.isEmpty()) {
          objects = inside.stream().filter(x -> cue.objectTypes().contains(x.entity().type()))
              .reduce((a, b) -> b.provenance().rule().equals("entity/anaphor") ? b : a).stream().toList();
        }
        List<Mention> subjects = inside.stream().filter(x -> cue.subjectTypes().contains(x.entity().type())).toList();
        pairs(subjects, cue, objects, modality, prov, found);
      }
      case ADJACENT -> {
        Mention s = match.adjacent(cue.subjectTypes(), true);
        Mention o = match.adjacent(cue.objectTypes(), false);
        if (s != null && o != null) {
          pairs(List.of(s), cue, List.of(o), modality, prov, found);
        }
      }
      case INSIDE -> {
        Mention container = match.adjacent(cue.objectTypes(), false);
        Mention part = container == null ? null
            : match.firstAfter(container.provenance().span(), cue.subjectTypes(), container);
        if (part != null) {
          pairs(List.of(part), cue, List.of(container), modality, prov, found);
        }
      }
    }
  }

  /**
   * "Om ... Oekraïne te steunen ... draagt Nederland bij", "Nederland besluit Oekraïne te
   * steunen": the object right before the infinitive, the subject before it in its clause or
   * else the one the main clause names after it.
   */
  private static void infinitive(RelationCue cue, CueMatch match, Modality modality, Provenance prov,
      List<Relation> found) {
    List<Mention> objects = match.before(cue.objectTypes());
    if (objects.isEmpty()) {
      return;
    }
    Mention subject = match.subjectBeforeObject(objects.get(objects.size() - 1), cue.subjectTypes());
    List<Mention> subjects = subject != null ? List.of(subject) : match.after(cue.subjectTypes());
    pairs(subjects, cue, objects, modality, prov, found);
  }

  private static void pairs(List<Mention> subjects, RelationCue cue, List<Mention> objects, Modality modality,
      Provenance prov, List<Relation> found) {
    for (Mention s : subjects) {
      for (Mention o : objects) {
        if (!s.entity().id().equals(o.entity().id())) {
          found.add(new Relation(s.entity(), cue.predicate(), o.entity(), modality, cue.confidence(), prov));
        }
      }
    }
  }

  private Modality modality(String s, int cueStart, int cueEnd) {
    if (questioned.matcher(s).find()) {
      return Modality.QUESTIONED;
    }
    String window = s.substring(Math.max(0, cueStart - 60), Math.min(s.length(), cueEnd + 60));
    if (negated.matcher(window).find()) {
      return Modality.NEGATED;
    }
    if (intended.matcher(window).find()) {
      return Modality.INTENDED;
    }
    return Modality.ASSERTED;
  }
}
