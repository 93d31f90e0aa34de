package nl.kamergraaf.extract.model;

import java.util.Objects;
import nl.kamergraaf.ingest.Span;

/**
 * Where a fact comes from: a span of the normalised text, the text it quotes and the rule that
 * produced it. Mapping to the original file's positions happens when the fact is written.
 */
public record Provenance(Span span, String quote, String rule) {
  public Provenance {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(rule, "rule");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("every fact names its rule");
    }
  }
}
