package nl.kamergraaf.cli;

import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.eval.EvalException;
import nl.kamergraaf.export.ExportException;
import nl.kamergraaf.fetch.FetchException;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.graph.NoSpaceException;
import nl.kamergraaf.graph.StoreException;
import nl.kamergraaf.ingest.IngestException;

/** The exit codes of the command line, one per kind of failure. */
public final class ExitCodes {
  public static final int OK = 0;
  /** Picocli's own: bad usage. */
  public static final int USAGE = 2;
  /** Some documents were rejected; the rest was built. */
  public static final int DOCUMENTS_REJECTED = 3;
  public static final int INGEST = 4;
  public static final int EXTRACT = 5;
  public static final int STORE = 6;
  public static final int EVAL = 7;
  /** {@code soak}: errors, heap or thread growth, or starved pages. */
  public static final int SOAK_FAILED = 9;
  /** A graph export failed: a filter names nothing in the store, or the file cannot be written. */
  public static final int EXPORT = 8;
  /** {@code bench}: a stage failed or requests went unanswered. */
  public static final int BENCH = 10;
  /** {@code fetch}: the API could not be reached or the folder not written. */
  public static final int FETCH = 11;
  /** The disk under the store filled up (or would have): nothing swapped in, nothing left out. */
  public static final int NO_SPACE = 12;
  public static final int OTHER = 1;

  private ExitCodes() {}

  public static int of(KamergraafException e) {
    if (e instanceof IngestException) {
      return INGEST;
    }
    if (e instanceof ExtractException) {
      return EXTRACT;
    }
    if (e instanceof NoSpaceException) {
      return NO_SPACE;
    }
    if (e instanceof StoreException) {
      return STORE;
    }
    if (e instanceof EvalException) {
      return EVAL;
    }
    if (e instanceof ExportException) {
      return EXPORT;
    }
    if (e instanceof FetchException) {
      return FETCH;
    }
    return OTHER;
  }
}
