package nl.kamergraaf.extract.model;

/**
 * A relation stated in a sentence between two entities.
 *
 * @param predicate the ontology's local name, e.g. {@code co-leads}
 * @param modality whether the text asserts it, states it as an intention, or denies it
 * @param confidence how far the rule trusts itself, 0..1
 */
public record Relation(
    Entity subject,
    String predicate,
    Entity object,
    Modality modality,
    double confidence,
    Provenance provenance) {

  /** How the text states a relation. */
  public enum Modality {
    ASSERTED,
    INTENDED,
    NEGATED,
    /** asked about, not stated: "welke Nederlandse bijdrage aan deze missie is voorzien" */
    QUESTIONED,
    /**
     * stated under a condition or as a mere possibility: "indien de EU ... financiert", "kan ...
     * blokkeren"
     */
    CONDITIONAL
  }
}
