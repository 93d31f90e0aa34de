package nl.kamergraaf.ingest;

import nl.kamergraaf.KamergraafException;

/** A document that cannot be read or normalised; says which file, where and why. */
public class IngestException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  /** The command line's exit code when ingest: a document or folder that cannot be read fails. */
  public static final int EXIT_CODE = 4;

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return EXIT_CODE;
  }
}
