package nl.kamergraaf.extract.relation;

import java.util.Set;
import nl.kamergraaf.extract.model.EntityType;

/**
 * One row of {@code rules/predicates.tsv}: a verb (with a noun) that states a relation between its
 * subject and an object standing after one of the prepositions (or none: {@code direct}).
 *
 * @param nouns words one of which must stand in the clause; empty for none
 * @param objectSlots "direct" and/or prepositions
 * @param inverse the relation goes from the clause's object to its subject ("ontvangt ... van X")
 */
record VerbFrame(
    String id,
    String verbId,
    Set<String> nouns,
    Set<String> objectSlots,
    String predicate,
    Set<EntityType> subjectTypes,
    Set<EntityType> objectTypes,
    Together together,
    boolean inverse,
    double confidence) {

  /** What "samen met X" does to the relation. */
  enum Together {
    /** nothing */
    NONE,
    /** X is a subject too */
    CO_SUBJECT,
    /** the subject and X co-lead the object */
    CO_LEADS,
    /**
     * the subject does it with X, and X with the others ("ondertekende samen met X een verklaring")
     */
    OBJECT
  }

  /** The statement's rule name, e.g. {@code relation/supports-steunen}. */
  String rule() {
    return "relation/" + id;
  }

  boolean takesDirectObject() {
    return objectSlots.contains("direct");
  }
}
