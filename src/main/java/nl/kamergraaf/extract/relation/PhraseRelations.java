package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.clause.Clause;
import nl.kamergraaf.extract.clause.FunctionWords;
import nl.kamergraaf.extract.clause.ParsedSentence;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.model.Relation.Modality;
import nl.kamergraaf.ingest.Span;

/**
 * Relations stated inside a phrase, by the cues of {@code rules/phrase-relations.tsv}: "binnen de
 * EPF een UAF", "artikel 4 van het Noord-Atlantisch Verdrag", "een voorstel van de Commissie"; the
 * modality is that of the clause the cue stands in.
 */
final class PhraseRelations {
  static final String RESOURCE = "/nl/kamergraaf/extract/rules/phrase-relations.tsv";

  private static final Pattern LISTED =
      Pattern.compile(",|\\b(?:en|of)\\b", Pattern.CASE_INSENSITIVE);

  private final List<RelationCue> cues = new ArrayList<>();
  private final ClauseModality modality;

  PhraseRelations(FunctionWords words) {
    Set<String> ids = new HashSet<>();
    for (TsvTable.Row row :
        TsvTable.load(RESOURCE)
            .require("id", "predicate", "cue", "direction", "subject", "object", "confidence")
            .rows()) {
      RelationCue cue = RelationCue.of(row);
      if (!ids.add(cue.id())) {
        throw new ExtractException(row.where() + ": cue id '" + row.get("id") + "' is used twice");
      }
      cues.add(cue);
    }
    this.modality = new ClauseModality(words);
  }

  List<RelationCue> cues() {
    return cues;
  }

  /** Relations one sentence states by phrase cues; {@code inside} are its names, sorted. */
  List<Relation> read(String text, ParsedSentence parsed, List<Mention> inside) {
    List<Relation> found = new ArrayList<>();
    Span sentence = parsed.span();
    String s = sentence.of(text);
    List<Mention> parties = CueMatch.parties(text, inside);
    for (RelationCue cue : cues) {
      if (!cue.mayRelate(inside)) {
        continue;
      }
      Matcher m = cue.cue().matcher(s);
      while (m.find()) {
        Span at = new Span(sentence.start() + m.start(), sentence.start() + m.end());
        CueMatch match = new CueMatch(text, parties, at);
        Provenance prov = new Provenance(sentence, s, cue.id());
        relate(cue, match, modalityAt(parsed, at.start()), prov, found);
      }
    }
    return found;
  }

  private Modality modalityAt(ParsedSentence parsed, int position) {
    Clause c = parsed.clauseOf(parsed.unitAt(position));
    return c == null ? Modality.ASSERTED : modality.of(parsed, c, -1);
  }

  private static void relate(
      RelationCue cue, CueMatch match, Modality modality, Provenance prov, List<Relation> found) {
    switch (cue.direction()) {
      case PASSIVE ->
          pairs(
              match.after(cue.subjectTypes()),
              cue,
              match.before(cue.objectTypes()),
              modality,
              prov,
              found);
      case ADJACENT -> {
        Mention s = match.adjacent(cue.subjectTypes(), true);
        Mention o = match.adjacent(cue.objectTypes(), false);
        if (s != null && o != null) {
          pairs(List.of(s), cue, List.of(o), modality, prov, found);
        }
      }
      case REVERSED -> {
        Mention o = match.adjacent(cue.objectTypes(), true);
        Mention s = match.adjacent(cue.subjectTypes(), false);
        if (s != null && o != null) {
          pairs(List.of(s), cue, List.of(o), modality, prov, found);
        }
      }
      case INSIDE -> {
        Mention container = match.adjacent(cue.objectTypes(), false);
        Mention part =
            container == null
                ? null
                : match.firstAfter(container.provenance().span(), cue.subjectTypes(), container);
        // "binnen PESCO, het EDA en EDF-projecten": a name listed with the container is no part of
        // it
        if (part != null && !LISTED.matcher(match.between(container, part)).find()) {
          pairs(List.of(part), cue, List.of(container), modality, prov, found);
        }
      }
    }
  }

  private static void pairs(
      List<Mention> subjects,
      RelationCue cue,
      List<Mention> objects,
      Modality modality,
      Provenance prov,
      List<Relation> found) {
    for (Mention s : subjects) {
      for (Mention o : objects) {
        if (!s.entity().id().equals(o.entity().id())) {
          found.add(
              new Relation(
                  s.entity(), cue.predicate(), o.entity(), modality, cue.confidence(), prov));
        }
      }
    }
  }
}
