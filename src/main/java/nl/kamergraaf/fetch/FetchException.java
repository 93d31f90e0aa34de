package nl.kamergraaf.fetch;

import nl.kamergraaf.KamergraafException;

/** A fetch that cannot go on, or one answer of the API that cannot be used; says which and why. */
public class FetchException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
