package nl.kamergraaf.extract.clause;

import java.util.List;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.ingest.Span;

/**
 * One word of a sentence as the clause reader sees it: a token, or the tokens of a name taken
 * together.
 *
 * @param lower the text in lower case
 * @param mention the name this unit is, or (when {@code glued}) carries; null for a plain word
 * @param glued the name is glued to a common noun and only modifies it ("EU-steun",
 *     "NAVO-verdragsgebied"): the unit is that noun, not the name
 * @param verbs the verbs this word is a form of, empty for none
 */
public record Unit(
    Span span, String text, String lower, Mention mention, boolean glued, List<VerbForm> verbs) {
  public Unit {
    verbs = List.copyOf(verbs);
  }

  /** Whether this unit is a name that can be a subject or object. */
  public boolean isName() {
    return mention != null && !glued;
  }

  /** Whether this unit is punctuation. */
  public boolean isPunctuation() {
    return !text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** Whether the word can be a finite verb. */
  public boolean canBeFinite() {
    return verbs.stream().anyMatch(VerbForm::finite);
  }

  /** Whether the word is a form of a verb at all. */
  public boolean isVerb() {
    return !verbs.isEmpty();
  }

  /** Whether some verb this word is a form of plays this part (e.g. {@code passive}). */
  public boolean verbIs(String role) {
    return verbs.stream().anyMatch(v -> v.is(role));
  }

  /** Whether the word is this form of some verb. */
  public boolean verbIsA(VerbForm.Kind kind) {
    return verbs.stream().anyMatch(v -> v.isA(kind));
  }
}
