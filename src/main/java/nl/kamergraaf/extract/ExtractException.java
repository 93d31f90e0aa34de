package nl.kamergraaf.extract;

import nl.kamergraaf.KamergraafException;

/** Extraction failed: a bad rule or data file, or a document the rules cannot handle. */
public class ExtractException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  /**
   * The command line's exit code when extraction: a rule or data file, or the rules on a document
   * fails.
   */
  public static final int EXIT_CODE = 5;

  public ExtractException(String message) {
    super(message);
  }

  public ExtractException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return EXIT_CODE;
  }
}
