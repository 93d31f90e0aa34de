package nl.kamergraaf.serve.limits;

import org.apache.jena.query.QueryCancelledException;

/** A query built more text than {@link BoundedValues} allows: it ends, as on timeout. */
public final class ValueTooLargeException extends QueryCancelledException {
  private static final long serialVersionUID = 1L;
  private final String what;

  ValueTooLargeException(String what) {
    this.what = what;
  }

  @Override
  public String getMessage() {
    return "the query was stopped before it could fill the server's memory: " + what;
  }
}
