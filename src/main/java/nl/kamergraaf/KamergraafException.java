package nl.kamergraaf;

/**
 * Base of every error kamergraaf reports to its user; each stage has one subclass.
 *
 * <p>Messages say where (file:line:col where there is one) and what to do. Only the command
 * line catches these and maps them to exit codes.
 */
public class KamergraafException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KamergraafException(String message) {
    super(message);
  }

  public KamergraafException(String message, Throwable cause) {
    super(message, cause);
  }
}
