package nl.kamergraaf.extract.quantity;

import java.util.Map;
import nl.kamergraaf.ingest.Span;

/**
 * One match of a rule in {@code quantities.rules} or {@code quantities-periods.rules}: where it is
 * and the fields its {@code result} gave (captured text, or constants), absent fields left out.
 */
record RuleMatch(String rule, Span span, Map<String, String> fields) {
  RuleMatch {
    fields = Map.copyOf(fields);
  }

  /** The field's text, or null when the rule's group did not match. */
  String field(String name) {
    return fields.get(name);
  }

  boolean has(String name) {
    return fields.containsKey(name);
  }
}
