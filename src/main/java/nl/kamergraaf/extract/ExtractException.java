package nl.kamergraaf.extract;

import nl.kamergraaf.KamergraafException;

/** Extraction failed: a bad rule or data file, or a document the rules cannot handle. */
public class ExtractException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  public ExtractException(String message) {
    super(message);
  }

  public ExtractException(String message, Throwable cause) {
    super(message, cause);
  }
}
