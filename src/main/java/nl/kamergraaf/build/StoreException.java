package nl.kamergraaf.build;

import nl.kamergraaf.KamergraafException;

/** The store directory cannot be built, swapped or opened; says which directory and what to do. */
public class StoreException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  /** The command line's exit code when the store fails. */
  public static final int EXIT_CODE = 6;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return EXIT_CODE;
  }
}
