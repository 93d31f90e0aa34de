package nl.kamergraaf.serve.limits;

import java.time.Duration;
import nl.kamergraaf.serve.cache.ResponseCache;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with two limits added: a row cap, told to the client in response
 * headers, and the {@link ExpensiveLane} for queries {@link QueryCost} judges expensive.
 *
 * <p>The cap is a {@code LIMIT} the server puts on a query that has none or a larger one. Every
 * query response carries {@value #ROW_CAP_HEADER} (the cap) and {@value #CAPPED_HEADER} ({@code
 * true} when the server lowered the limit: a result with exactly the cap's rows may then be cut
 * short; page with {@code OFFSET} to see more).
 */
public final class LimitedQuery extends SPARQL_QueryDataset {
  public static final String ROW_CAP_HEADER = "X-Kamergraaf-Row-Cap";
  public static final String CAPPED_HEADER = "X-Kamergraaf-Row-Cap-Applied";

  /**
   * The most triples a CONSTRUCT may make: its row limit is lowered so that rows times template
   * triples stays within this (the rows are capped, and the client told, as for any query).
   */
  public static final long MAX_CONSTRUCT_TRIPLES = 100_000;

  /** A request attribute: set while the request holds a place in the expensive lane. */
  private static final String IN_LANE = "nl.kamergraaf.query.in-lane";

  private final long rowCap;
  private final ExpensiveLane lane;
  private final long timeoutNanos;

  /** {@code timeout}: the server's query timeout, after which an answer may be cut short. */
  public LimitedQuery(long rowCap, ExpensiveLane lane, Duration timeout) {
    if (rowCap < 1) {
      throw new IllegalArgumentException("row cap must be at least 1, not " + rowCap);
    }
    this.rowCap = rowCap;
    this.lane = lane;
    this.timeoutNanos = timeout.toNanos();
  }

  @Override
  protected void execute(String queryString, HttpAction action) {
    int depth = queryString == null ? 0 : QueryNesting.depth(queryString);
    if (depth > QueryNesting.MAX_DEPTH) {
      ServletOps.errorBadRequest(
          "The query's brackets are nested "
              + depth
              + " deep; this "
              + "server reads at most "
              + QueryNesting.MAX_DEPTH
              + " levels. Write it flatter.");
      return;
    }
    try {
      executeToTheEnd(queryString, action);
    } catch (RegexTooCostlyException e) {
      ServletOps.error(
          503,
          "The query was stopped: "
              + e.getMessage()
              + ". Use a pattern that does not backtrack (no nested repetition), or CONTAINS.");
    } catch (ValueTooLargeException e) {
      ServletOps.error(503, "The query was stopped: " + e.getMessage() + ".");
    } catch (StackOverflowError e) {
      // The nesting check reads brackets only; a query deep in another way ends here.
      ServletOps.errorBadRequest("The query is nested too deep for this server to read.");
    } finally {
      if (action.getRequest().getAttribute(IN_LANE) != null) {
        lane.leave();
      }
    }
  }

  /**
   * Judged on the query Fuseki has parsed (once): an expensive query takes a place in the lane
   * here, before it runs, and {@link #execute} gives the place back.
   */
  private void enterLaneIfExpensive(HttpAction action, Query query) {
    if (!QueryCost.isExpensive(query)) {
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
      ServletOps.error(
          503,
          "Too many expensive queries are running ("
              + lane.size()
              + " at a time); try again later, or narrow the query down.");
      return;
    }
    action.getRequest().setAttribute(IN_LANE, Boolean.TRUE);
  }

  /**
   * Runs the query and marks the request {@link ResponseCache#COMPLETE} when its answer is whole.
   * Fuseki ends a query cancelled while its rows are being written (by the timeout or a bound) by
   * appending a note to the rows and returning as if it were done, and the answer then looked whole
   * to every client. Such an answer is broken off instead ({@link CutAnswers}).
   */
  private void executeToTheEnd(String queryString, HttpAction action) {
    long start = System.nanoTime();
    super.execute(queryString, action);
    // Fuseki marks an answer it cut short with an error status (400 in 5.6), too late to send.
    if (action.statusCode >= 400) {
      CutAnswers.end(
          action.getRequest(), action.getResponse(), Duration.ofNanos(System.nanoTime() - start));
    } else if (System.nanoTime() - start < timeoutNanos) {
      action.getRequest().setAttribute(ResponseCache.COMPLETE, Boolean.TRUE);
    }
  }

  /**
   * The query as asked, with its patterns and the text it builds bounded ({@link QueryBounds}), and
   * a fresh budget for that text in its context.
   */
  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    action.getContext().set(BoundedValues.BUDGET, new BoundedValues.Budget());
    return Pair.create(decided.getLeft(), QueryBounds.apply(decided.getRight()));
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    enterLaneIfExpensive(action, query);
    boolean capped = false;
    long cap = rowCap;
    if (query.isConstructType()) {
      // Each row makes a copy of the template, all held in memory before the answer is written.
      int template = Math.max(1, query.getConstructTemplate().getQuads().size());
      cap = Math.max(1, Math.min(rowCap, MAX_CONSTRUCT_TRIPLES / template));
    }
    if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
      query.setLimit(cap);
      capped = true;
    }
    action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(cap));
    action.getResponse().setHeader(CAPPED_HEADER, Boolean.toString(capped));
  }
}
