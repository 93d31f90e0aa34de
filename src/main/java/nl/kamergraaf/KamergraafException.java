package nl.kamergraaf;

/**
 * Base of every error kamergraaf reports to its user; each stage has one subclass.
 *
 * <p>Messages say where (file:line:col where there is one) and what to do. Each class declares the
 * exit code the command line ends with ({@link #exitCode()}); only the command line catches these.
 */
public class KamergraafException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KamergraafException(String message) {
    super(message);
  }

  public KamergraafException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The command line's exit code for this failure; 1 unless a stage's subclass says otherwise. */
  public int exitCode() {
    return 1;
  }
}
