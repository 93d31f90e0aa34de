package nl.kamergraaf.extract.model;

import java.util.List;
import nl.kamergraaf.ingest.Span;

/**
 * A question of a fractie and its answer, each a span of the document with its own provenance.
 *
 * @param number as printed, or the ordinal in the document when it is not numbered
 * @param numbered whether the document printed the number
 * @param fraction the fractie whose section the question stands in; null if none
 * @param answeredBy who answers (a role, e.g. Minister van Defensie), or null
 * @param question the question text
 * @param answer the answer text, or null when there is none
 * @param seeAlso numbers of other questions the answer refers to
 * @param provenance where the question stands: its heading (if any) and its text
 * @param answerProvenance where the answer stands: its heading (if any) and its text; null when
 *     there is no answer
 */
public record Question(
    int number,
    boolean numbered,
    Entity fraction,
    Entity answeredBy,
    Span question,
    Span answer,
    List<Integer> seeAlso,
    Provenance provenance,
    Provenance answerProvenance) {

  public Question {
    seeAlso = List.copyOf(seeAlso);
    if ((answer == null) != (answerProvenance == null)) {
      throw new IllegalArgumentException(
          "question " + number + ": an answer needs its provenance and only an answer has one");
    }
  }
}
