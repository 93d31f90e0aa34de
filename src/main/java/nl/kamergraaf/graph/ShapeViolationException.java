package nl.kamergraaf.graph;

import nl.kamergraaf.extract.ExtractException;

/**
 * A document's graph does not satisfy {@code ontology/shapes.ttl}: a defect in extraction, and so
 * an extraction error (exit code 5).
 */
public class ShapeViolationException extends ExtractException {
  private static final long serialVersionUID = 1L;

  public ShapeViolationException(String message) {
    super(message);
  }
}
