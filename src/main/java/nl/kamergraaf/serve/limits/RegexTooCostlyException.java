package nl.kamergraaf.serve.limits;

import org.apache.jena.query.QueryCancelledException;

/** A regular expression read more characters than a match may: the query ends, as on timeout. */
public final class RegexTooCostlyException extends QueryCancelledException {
  private static final long serialVersionUID = 1L;

  @Override
  public String getMessage() {
    return "a regular expression (REGEX, REPLACE, fn:matches or fn:replace) read more than "
        + BoundedRegex.READS_PER_MATCH
        + " characters in one match (a pattern that backtracks without end?)";
  }
}
