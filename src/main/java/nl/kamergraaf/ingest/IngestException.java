package nl.kamergraaf.ingest;

import nl.kamergraaf.KamergraafException;

/** A document that cannot be read or normalised; says which file, where and why. */
public class IngestException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
