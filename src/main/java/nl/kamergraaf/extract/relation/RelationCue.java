package nl.kamergraaf.extract.relation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.OntologyTerms;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;

/** One row of {@code rules/phrase-relations.tsv}: a cue inside a phrase that states a relation. */
record RelationCue(
    String id,
    String predicate,
    Pattern cue,
    Direction direction,
    Set<EntityType> subjectTypes,
    Set<EntityType> objectTypes,
    double confidence) {

  /** Where subject and object stand around the cue. */
  enum Direction {
    /** subject right before the cue and object right after it, nothing between */
    ADJACENT,
    /** "binnen Y ... X": the object right after the cue, the subject after that */
    INSIDE,
    /** object before the cue, subject after it */
    PASSIVE,
    /**
     * object right before the cue and subject right after it, nothing between ("NSATU (...) in
     * Polen")
     */
    REVERSED
  }

  static RelationCue of(TsvTable.Row row) {
    try {
      return new RelationCue(
          "relation/" + row.get("id"),
          OntologyTerms.requireRelation(row.get("predicate"), row.where()),
          Pattern.compile(row.get("cue"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Direction.valueOf(row.get("direction").toUpperCase(Locale.ROOT)),
          VerbFrames.types(row.get("subject")),
          VerbFrames.types(row.get("object")),
          Double.parseDouble(row.get("confidence")));
    } catch (IllegalArgumentException e) {
      throw new ExtractException(row.where() + ": bad relation cue: " + e.getMessage(), e);
    }
  }

  /**
   * Whether a match of this cue could relate anything among these mentions (else it is not
   * matched).
   */
  boolean mayRelate(List<Mention> inside) {
    boolean subject = false;
    boolean object = false;
    for (Mention m : inside) {
      subject |= subjectTypes.contains(m.entity().type());
      object |= objectTypes.contains(m.entity().type());
    }
    return subject && object;
  }
}
