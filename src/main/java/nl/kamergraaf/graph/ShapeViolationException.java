package nl.kamergraaf.graph;

import nl.kamergraaf.KamergraafException;

/** A document's graph does not satisfy {@code ontology/shapes.ttl}: a defect in extraction. */
public class ShapeViolationException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  public ShapeViolationException(String message) {
    super(message);
  }
}
