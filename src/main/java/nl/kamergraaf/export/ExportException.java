package nl.kamergraaf.export;

import nl.kamergraaf.KamergraafException;

/** A graph export that cannot be made: a filter names nothing in the store, or writing failed. */
public class ExportException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  /** The command line's exit code when an export fails. */
  public static final int EXIT_CODE = 8;

  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return EXIT_CODE;
  }
}
