package nl.kamergraaf.fetch;

import nl.kamergraaf.KamergraafException;

/** A fetch that cannot go on, or one answer of the API that cannot be used; says which and why. */
public class FetchException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  /**
   * The command line's exit code when fetch: the API could not be listed or the folder not written
   * fails.
   */
  public static final int EXIT_CODE = 11;

  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return EXIT_CODE;
  }
}
