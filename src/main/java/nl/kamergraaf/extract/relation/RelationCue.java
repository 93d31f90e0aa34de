package nl.kamergraaf.extract.relation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;

/** One row of {@code rules/relations.tsv}: a cue that states a relation. */
record RelationCue(
    String id, String predicate, Pattern cue, Direction direction,
    Set<EntityType> subjectTypes, Set<EntityType> objectTypes, double confidence) {

  /** Where subject and object stand around the cue. */
  enum Direction {
    /** subject before the cue (or, after an inversion, just inside it), object after it */
    FORWARD,
    /** object before the cue, subject after it */
    PASSIVE,
    /** every fitting subject of the sentence, one object */
    COLEADS,
    /** subject right before the cue and object right after it, nothing between */
    ADJACENT,
    /** "binnen Y ... X": the object right after the cue, the subject after that */
    INSIDE
  }

  static RelationCue of(TsvTable.Row row, int index) {
    String predicate = row.get("predicate");
    try {
      return new RelationCue(
          "relation/" + predicate + "-" + index,
          predicate,
          Pattern.compile(row.get("cue"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Direction.valueOf(row.get("direction").toUpperCase(java.util.Locale.ROOT)),
          types(row.get("subject")),
          types(row.get("object")),
          Double.parseDouble(row.get("confidence")));
    } catch (RuntimeException e) {
      throw new nl.kamergraaf.extract.ExtractException(row.where() + ": bad relation cue: " + e.getMessage(), e);
    }
  }

  /**
   * Whether a match of this cue could relate anything in a sentence with these mentions: each
   * subject is a mention of the sentence of a subject type, each object one of an object type
   * or, for a forward cue, a programme named before the sentence. Matching the cues' regular
   * expressions was most of relation extraction, so a cue that cannot relate is not matched.
   */
  boolean mayRelate(List<Mention> inside) {
    boolean subject = false;
    boolean object = direction == Direction.FORWARD && objectTypes.contains(EntityType.PROGRAM);
    for (Mention m : inside) {
      subject |= subjectTypes.contains(m.entity().type());
      object |= objectTypes.contains(m.entity().type());
    }
    return subject && object;
  }

  private static Set<EntityType> types(String cell) {
    return Arrays.stream(cell.split("\\|")).map(EntityType::parse).collect(Collectors.toUnmodifiableSet());
  }
}
