package nl.kamergraaf.extract.relation;

import java.util.Set;
import nl.kamergraaf.extract.model.EntityType;

/**
 * One row of {@code rules/nominal-predicates.tsv}: a noun that states a relation between its agent
 * ("de Nederlandse bijdrage") and a name after one of its prepositions ("aan de EPF").
 *
 * @param modifier a word that must stand right before the noun, empty for none
 * @param objectSlots "direct" (a name right after the noun) and/or prepositions
 */
record NounFrame(
    String id,
    Set<String> nouns,
    String modifier,
    Set<String> objectSlots,
    String predicate,
    Set<EntityType> subjectTypes,
    Set<EntityType> objectTypes,
    double confidence) {

  String rule() {
    return "relation/" + id;
  }
}
