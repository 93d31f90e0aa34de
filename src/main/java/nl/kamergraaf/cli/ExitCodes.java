package nl.kamergraaf.cli;

import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.build.NoSpaceException;
import nl.kamergraaf.build.StoreException;
import nl.kamergraaf.eval.EvalException;
import nl.kamergraaf.export.ExportException;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.fetch.FetchException;
import nl.kamergraaf.ingest.IngestException;

/**
 * The exit codes of the command line. A failure's code is declared by its exception ({@link
 * KamergraafException#exitCode()}); the commands return the others themselves.
 */
public final class ExitCodes {
  public static final int OK = 0;

  /** Anything not declared otherwise. */
  public static final int OTHER = 1;

  /** Picocli's own: bad usage. */
  public static final int USAGE = 2;

  /** Some documents were rejected; the rest was built ({@code fetch}: some papers not fetched). */
  public static final int DOCUMENTS_REJECTED = 3;

  public static final int INGEST = IngestException.EXIT_CODE;
  public static final int EXTRACT = ExtractException.EXIT_CODE;
  public static final int STORE = StoreException.EXIT_CODE;
  public static final int EVAL = EvalException.EXIT_CODE;

  /** A graph export failed: a filter names nothing in the store, or the file cannot be written. */
  public static final int EXPORT = ExportException.EXIT_CODE;

  /** {@code soak}: errors, heap or thread growth, or starved pages. */
  public static final int SOAK_FAILED = 9;

  /** {@code bench}: a stage failed or requests went unanswered. */
  public static final int BENCH = 10;

  /** {@code fetch}: the API could not be reached or the folder not written. */
  public static final int FETCH = FetchException.EXIT_CODE;

  /** The disk under the store filled up (or would have): nothing swapped in, nothing left out. */
  public static final int NO_SPACE = NoSpaceException.EXIT_CODE;

  private ExitCodes() {}

  /** The exit code {@code e} declares. */
  public static int of(KamergraafException e) {
    return e.exitCode();
  }
}
