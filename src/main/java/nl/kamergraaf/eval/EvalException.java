package nl.kamergraaf.eval;

import nl.kamergraaf.KamergraafException;

/** A gold file or contract query that cannot be read or run; says which file, where and why. */
public class EvalException extends KamergraafException {
  private static final long serialVersionUID = 1L;

  /** The command line's exit code when evaluation fails. */
  public static final int EXIT_CODE = 7;

  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return EXIT_CODE;
  }
}
