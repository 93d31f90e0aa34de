package nl.kamergraaf.cli;

import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.serve.KamergraafServer;
import nl.kamergraaf.serve.cache.ResponseCache;
import nl.kamergraaf.serve.limits.WholeBodies;
import picocli.CommandLine.Option;

/** The port and the serving limits a user may change, shared by {@code serve} and {@code up}. */
final class LimitOptions {
  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 3030;

  @Option(
      names = "--row-cap",
      defaultValue = "10000",
      description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
  long rowCap = KamergraafServer.DEFAULT_ROW_CAP;

  @Option(
      names = "--max-request-size",
      defaultValue = "100K",
      converter = ByteSize.class,
      description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes = WholeBodies.DEFAULT_MAX_BYTES;

  @Option(
      names = "--expensive-queries",
      description = "Expensive queries that run at once (default: one per two cores).")
  Integer expensiveQueries;

  @Option(
      names = "--cache-size",
      defaultValue = "64M",
      converter = ByteSize.OrNone.class,
      description =
          "Memory for whole answers kept to be sent again while the server runs; "
              + "0 keeps none (default: ${DEFAULT-VALUE}).")
  long cacheBytes = ResponseCache.DEFAULT_BYTES;

  @Option(
      names = "--max-file-size",
      defaultValue = "4M",
      converter = ByteSize.class,
      description =
          "Larger documents are not read (up: by the build; both: for the pages of a "
              + "database built without its texts) (default: ${DEFAULT-VALUE}).")
  long maxFileSize = DocumentReader.DEFAULT_MAX_FILE_SIZE;

  /** Sets these limits on a server being built. */
  KamergraafServer.Builder applyTo(KamergraafServer.Builder server) {
    server.rowCap(rowCap).maxRequestBytes(maxRequestBytes).responseCache(cacheBytes);
    if (expensiveQueries != null) {
      server.expensiveQueries(expensiveQueries);
    }
    return server;
  }
}
