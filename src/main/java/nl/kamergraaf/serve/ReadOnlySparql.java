package nl.kamergraaf.serve;

import java.time.Duration;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * The Fuseki data services that expose a dataset for SPARQL queries and nothing else.
 *
 * <p>Each endpoint carries the query limits in its own context, which Fuseki merges into every
 * query it runs there, so the dataset's own context (shared with other users of the database in
 * this process) is left alone.
 */
final class ReadOnlySparql {
  private ReadOnlySparql() {}

  /**
   * A service whose endpoints, named by {@code endpointNames} ("" = the service's own path), run
   * queries only, with {@code processor}: no update, no Graph Store Protocol, no upload.
   */
  static DataService.Builder queryOnly(
      DatasetGraph dsg, Duration queryTimeout, ActionProcessor processor, String... endpointNames) {
    Context limits = limits(queryTimeout);
    DataService.Builder service = DataService.newBuilder(dsg);
    for (String name : endpointNames) {
      service.addEndpoint(
          Endpoint.create()
              .operation(Operation.Query)
              .processor(processor)
              .endpointName(name)
              .context(limits)
              .build());
    }
    return service;
  }

  private static Context limits(Duration queryTimeout) {
    Context context = new Context();
    // Fuseki reads the timeout as text, "time to the first row,time overall" in milliseconds,
    // and lets a "timeout" request parameter shorten each part. Both parts are set: with the
    // overall part alone, "?timeout=600,600" set the first-row part to ten minutes, and a query
    // that makes no row until its end (a COUNT) ran that long.
    String millis = Long.toString(queryTimeout.toMillis());
    context.set(ARQ.queryTimeout, millis + "," + millis);
    // Federated SERVICE would let any caller make this server send requests to any host,
    // including ones only it can reach.
    context.set(ARQ.httpServiceAllowed, false);
    return context;
  }
}
