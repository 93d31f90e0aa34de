package nl.kamergraaf.extract.quantity;

import nl.kamergraaf.extract.ExtractException;

/** A quantity rule or lexicon file that cannot be read; says file:line:col and what to fix. */
public class QuantityRulesException extends ExtractException {
  private static final long serialVersionUID = 1L;

  public QuantityRulesException(String message) {
    super(message);
  }

  public QuantityRulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
