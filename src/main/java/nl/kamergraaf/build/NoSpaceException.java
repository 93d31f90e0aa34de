package nl.kamergraaf.build;

/**
 * The disk under the store filled up, or would have: the build stopped, removed the database it had
 * begun, and the database in service is the one before.
 */
public final class NoSpaceException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The command line's exit code when the disk under the store is full. */
  public static final int EXIT_CODE = 12;

  NoSpaceException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return EXIT_CODE;
  }
}
