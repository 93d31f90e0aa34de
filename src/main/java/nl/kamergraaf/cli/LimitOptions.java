package nl.kamergraaf.cli;

import nl.kamergraaf.serve.KamergraafServer;
import nl.kamergraaf.serve.cache.ResponseCache;
import nl.kamergraaf.serve.limits.WholeBodies;
import picocli.CommandLine.Option;

/** The port and the serving limits a user may change, shared by {@code serve} and {@code up}. */
final class LimitOptions {
  @Option(names = "--port", defaultValue = "3030",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 3030;

  @Option(names = "--row-cap", defaultValue = "10000",
      description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
  long rowCap = KamergraafServer.DEFAULT_ROW_CAP;

  @Option(names = "--max-request-size", defaultValue = "100K", converter = ByteSize.class,
      description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes = WholeBodies.DEFAULT_MAX_BYTES;

  @Option(names = "--expensive-queries",
      description = "Expensive queries that run at once (default: one per two cores).")
  Integer expensiveQueries;

  @Option(names = "--cache-size", defaultValue = "64M", converter = ByteSize.OrNone.class,
      description = "Memory for whole answers kept to be sent again while the server runs; "
          + "0 keeps none (default: ${DEFAULT-VALUE}).")
  long cacheBytes = ResponseCache.DEFAULT_BYTES;

  /** Sets these limits on a server being built. */
  KamergraafServer.Builder applyTo(KamergraafServer.Builder server) {
    server.rowCap(rowCap).maxRequestBytes(maxRequestBytes).responseCache(cacheBytes);
    if (expensiveQueries != null) {
      server.expensiveQueries(expensiveQueries);
    }
    return server;
  }
}
