package nl.kamergraaf.serve.limits;

import nl.kamergraaf.serve.cache.ResponseCache;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with two limits added: a row cap, told to the client in response
 * headers, and the {@link ExpensiveLane} for queries {@link QueryCost} judges expensive.
 *
 * <p>The cap is a {@code LIMIT} the server puts on a query that has none or a larger one. Every
 * query response carries {@value #ROW_CAP_HEADER} (the cap) and {@value #CAPPED_HEADER}
 * ({@code true} when the server lowered the limit: a result with exactly the cap's rows may then
 * be cut short; page with {@code OFFSET} to see more).
 */
public final class LimitedQuery extends SPARQL_QueryDataset {
  public static final String ROW_CAP_HEADER = "X-Kamergraaf-Row-Cap";
  public static final String CAPPED_HEADER = "X-Kamergraaf-Row-Cap-Applied";

  private final long rowCap;
  private final ExpensiveLane lane;
  private final long timeoutNanos;

  /** {@code timeout}: the server's query timeout, after which an answer may be cut short. */
  public LimitedQuery(long rowCap, ExpensiveLane lane, java.time.Duration timeout) {
    if (rowCap < 1) {
      throw new IllegalArgumentException("row cap must be at least 1, not " + rowCap);
    }
    this.rowCap = rowCap;
    this.lane = lane;
    this.timeoutNanos = timeout.toNanos();
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    if (!isExpensive(queryString)) {
      executeToTheEnd(queryString, action);
      return;
    }
    boolean entered;
    try {
      entered = lane.enter();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ServletOps.error(503, "The server is stopping.");
      return;
    }
    if (!entered) {
      action.getResponse().setHeader("Retry-After", "10");
      ServletOps.error(503, "Too many expensive queries are running (" + lane.size()
          + " at a time); try again later, or narrow the query down.");
      return;
    }
    try {
      executeToTheEnd(queryString, action);
    } finally {
      lane.leave();
    }
  }

  /**
   * Runs the query and marks the request {@link ResponseCache#COMPLETE} when its answer is whole.
   * Fuseki ends a query that times out while its rows are being sent by cutting them short under
   * the 200 already sent, without an exception; only a query that returned before the timeout
   * could fire is sure to have sent all of them.
   */
  private void executeToTheEnd(String queryString, HttpAction action) {
    long start = System.nanoTime();
    super.execute(queryString, action);
    if (System.nanoTime() - start < timeoutNanos) {
      action.getRequest().setAttribute(ResponseCache.COMPLETE, Boolean.TRUE);
    }
  }

  /** The query as asked, with each {@code REGEX} bounded ({@link BoundedRegex}). */
  @Override
  protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query,
      String queryStringLog) {
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    if (!BoundedRegex.mayHaveRegex(queryStringLog)) {
      return decided;
    }
    return Pair.create(decided.getLeft(), BoundedRegex.bound(decided.getRight()));
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    boolean capped = false;
    if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > rowCap)) {
      query.setLimit(rowCap);
      capped = true;
    }
    action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(rowCap));
    action.getResponse().setHeader(CAPPED_HEADER, Boolean.toString(capped));
  }

  private static boolean isExpensive(String queryString) {
    try {
      return QueryCost.isExpensive(QueryFactory.create(queryString, Syntax.syntaxARQ));
    } catch (QueryParseException e) {
      return false; // Fuseki answers it with the parse error
    }
  }
}
