package nl.kamergraaf.extract.clause;

import java.util.Set;

/**
 * One written form of a verb of {@code verbs.tsv}: which verb, which form, and what the verb does
 * in a clause besides its meaning.
 *
 * @param verbId the row's id, e.g. {@code v-bijdragen}
 * @param particle the separable particle ("bij"), empty for none
 * @param kinds which forms the word is ("steunen" is plural present and infinitive)
 * @param roles the row's class: perfect, passive, copula, modal, future, intent, control
 */
public record VerbForm(String verbId, String particle, Set<Kind> kinds, Set<String> roles) {

  /** Which form of the verb a word is. */
  public enum Kind {
    /** "steunt", "draagt": finite, present */
    PRESENT,
    /** "steun", "lever": the bare stem, finite only with "ik" (else mostly a noun: "de steun") */
    STEM,
    /** "steunde", "droeg": finite, past */
    PAST,
    /** "bijdraagt": a separable verb's finite form with its particle, in a verb-final clause */
    JOINED,
    /** "gesteund", "bijgedragen", "geleverde" */
    PARTICIPLE,
    /** "steunen", "bijdragen" (also the plural present, which reads the same) */
    INFINITIVE;

    /** Whether a word of this kind can be a clause's finite verb. */
    public boolean finite() {
      return this == PRESENT || this == STEM || this == PAST || this == JOINED;
    }
  }

  /** Whether the word can be a clause's finite verb. */
  public boolean finite() {
    return kinds.stream().anyMatch(Kind::finite);
  }

  /** Whether the word is this form of its verb. */
  public boolean isA(Kind kind) {
    return kinds.contains(kind);
  }

  /** Whether the verb plays this part, e.g. {@code passive}. */
  public boolean is(String role) {
    return roles.contains(role);
  }
}
