package nl.kamergraaf.ingest.format;

/**
 * A file a converter will not read, with the reason and what to do (e.g. "is password protected:
 * remove the password and run again"); the caller adds the file name.
 */
final class BadFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadFileException(String reasonAndAdvice) {
    super(reasonAndAdvice);
  }

  BadFileException(String reasonAndAdvice, Throwable cause) {
    super(reasonAndAdvice, cause);
  }
}
