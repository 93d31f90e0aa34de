package nl.kamergraaf.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kamergraaf.serve.cache.ResponseCache;
import nl.kamergraaf.serve.limits.ExpensiveLane;
import nl.kamergraaf.serve.limits.HeldFlushes;
import nl.kamergraaf.serve.limits.JettyGuards;
import nl.kamergraaf.serve.limits.LimitedQuery;
import nl.kamergraaf.serve.limits.RefusedParameters;
import nl.kamergraaf.serve.limits.SafeWriters;
import nl.kamergraaf.serve.limits.SecurityHeaders;
import nl.kamergraaf.serve.limits.WholeBodies;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kamergraaf SPARQL server: one embedded Fuseki answering queries over a dataset, read-only.
 *
 * <pre>{@code
 * KamergraafServer server = KamergraafServer.builder()
 *     .dataset(Store.open(storeDir))
 *     .port(3030)
 *     .build()
 *     .start();
 * server.join();
 * }</pre>
 *
 * <p>Query endpoints, all the same: {@value #SPARQL_PATH}, {@value #DATASET_PATH}, {@value
 * #DATASET_PATH}/sparql and {@value #DATASET_PATH}/query. Results in JSON, XML, CSV or TSV (for
 * CONSTRUCT and DESCRIBE: Turtle, N-Triples, JSON-LD, ...) by {@code Accept} or {@code format=}.
 * There is no update, Graph Store Protocol, upload or admin endpoint, every query is cut off after
 * the query timeout, and {@code SERVICE} to other endpoints is refused.
 *
 * <p>Limits (package {@code serve.limits}): results are capped at the row cap (told in the {@code
 * X-Kamergraaf-Row-Cap} headers), request bodies above the size limit get {@code 413}, queries
 * judged expensive run a few at a time so cheap ones keep their speed, and every response carries a
 * Content-Security-Policy and the other browser protections.
 */
public final class KamergraafServer implements AutoCloseable {
  public static final int DEFAULT_PORT = 3030;
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
  public static final long DEFAULT_ROW_CAP = 10_000;

  /**
   * Server threads: Fuseki's own default of 20 is used up by 20 slow requests, which then starve
   * every cheap one; expensive queries hold at most a lane's places plus its waiting room.
   */
  public static final int DEFAULT_MAX_THREADS = 100;

  /** A response's output buffer: the largest one Jetty's default buffer pool reuses. */
  public static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

  public static final String SPARQL_PATH = "/sparql";
  public static final String DATASET_PATH = "/kamergraaf";

  private static final Logger LOG = LoggerFactory.getLogger("nl.kamergraaf.server");

  private final FusekiServer fuseki;

  private KamergraafServer(FusekiServer fuseki) {
    this.fuseki = fuseki;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this server for chaining. */
  public KamergraafServer start() {
    fuseki.start();
    LOG.info("SPARQL endpoint at {}", sparqlUrl());
    return this;
  }

  /** The port the server listens on; the real one after {@link #start}, also for port 0. */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The query endpoint as a local URL, e.g. {@code http://localhost:3030/sparql}. */
  public String sparqlUrl() {
    return "http://localhost:" + port() + SPARQL_PATH;
  }

  /**
   * Stops the server. Fuseki then closes the served dataset and releases its TDB2 files, so open
   * the store again to serve or read it after this.
   */
  public void stop() {
    fuseki.stop();
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  @Override
  public void close() {
    stop();
  }

  /** Options of a {@link KamergraafServer}; each is checked when it is set. */
  public static final class Builder {
    private DatasetGraph dataset;
    private int port = DEFAULT_PORT;
    private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
    private boolean loopbackOnly;
    private long rowCap = DEFAULT_ROW_CAP;
    private long maxRequestBytes = WholeBodies.DEFAULT_MAX_BYTES;
    private int expensiveQueries = ExpensiveLane.defaultPlaces();
    private int maxThreads = DEFAULT_MAX_THREADS;
    private long cacheBytes = ResponseCache.DEFAULT_BYTES;
    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    private final Map<String, Filter> filters = new LinkedHashMap<>();

    private Builder() {}

    /** The dataset to serve, typically from {@code Store.open}; required. */
    public Builder dataset(DatasetGraph dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      return this;
    }

    /** The HTTP port, 0 for any free one; default {@value KamergraafServer#DEFAULT_PORT}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The longest a query may run before it is cut off with an error; default 30 s. */
    public Builder queryTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "queryTimeout");
      if (timeout.isNegative() || timeout.toMillis() < 1) {
        throw new IllegalArgumentException("query timeout must be at least 1 ms, not " + timeout);
      }
      this.queryTimeout = timeout;
      return this;
    }

    /** The most rows a query returns; default {@value KamergraafServer#DEFAULT_ROW_CAP}. */
    public Builder rowCap(long rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("row cap must be at least 1, not " + rows);
      }
      this.rowCap = rows;
      return this;
    }

    /** The largest request body accepted, in bytes; larger ones get 413. Default 100 KiB. */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "request size limit must be 1 byte to 2 GiB, not " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /** How many queries judged expensive may run at once; default one per two cores. */
    public Builder expensiveQueries(int places) {
      if (places < 1) {
        throw new IllegalArgumentException(
            "expensive queries at once must be at least 1, not " + places);
      }
      this.expensiveQueries = places;
      return this;
    }

    /** Memory for answers kept to be sent again ({@link ResponseCache}); 0 keeps none. */
    public Builder responseCache(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("response cache size must not be negative: " + bytes);
      }
      this.cacheBytes = bytes;
      return this;
    }

    /** The most server threads; default {@value KamergraafServer#DEFAULT_MAX_THREADS}. */
    public Builder maxThreads(int threads) {
      if (threads < 8 || threads > 10_000) {
        throw new IllegalArgumentException("server threads must be 8 to 10000, not " + threads);
      }
      this.maxThreads = threads;
      return this;
    }

    /** Listen on the loopback interface only (for tests and local use); default false. */
    public Builder loopbackOnly(boolean loopbackOnly) {
      this.loopbackOnly = loopbackOnly;
      return this;
    }

    /**
     * Mounts another servlet (entity pages, exports) on the same server, at a path spec such as
     * {@code /id/*}, or {@code ""} for the root page alone. Fuseki sees each request first, so a
     * servlet cannot hide the SPARQL endpoints.
     */
    public Builder servlet(String pathSpec, HttpServlet servlet) {
      Objects.requireNonNull(pathSpec, "pathSpec");
      Objects.requireNonNull(servlet, "servlet");
      if (!pathSpec.isEmpty() && (!pathSpec.startsWith("/") || pathSpec.startsWith("/$"))) {
        throw new IllegalArgumentException(
            "servlet path must be \"\" or start with / and not with /$, not " + pathSpec);
      }
      servlets.put(pathSpec, servlet);
      return this;
    }

    /**
     * Adds a filter at a path spec, run after the server's own filters (limits, cache) and before
     * Fuseki: for answers a servlet cannot give because Fuseki owns the path, such as the SPARQL
     * editor a browser gets at {@value KamergraafServer#SPARQL_PATH}.
     */
    public Builder filter(String pathSpec, Filter filter) {
      Objects.requireNonNull(pathSpec, "pathSpec");
      Objects.requireNonNull(filter, "filter");
      if (!pathSpec.startsWith("/")) {
        throw new IllegalArgumentException("filter path must start with /, not " + pathSpec);
      }
      filters.put(pathSpec, filter);
      return this;
    }

    public KamergraafServer build() {
      if (dataset == null) {
        throw new IllegalStateException("no dataset to serve: call .dataset(Store.open(dir))");
      }
      SafeWriters.install();
      // An expensive query waits for a place no longer than it would be allowed to run.
      LimitedQuery query =
          new LimitedQuery(rowCap, new ExpensiveLane(expensiveQueries, queryTimeout), queryTimeout);
      FusekiServer.Builder fuseki =
          FusekiServer.create()
              .port(port)
              .loopback(loopbackOnly)
              .numServerThreads(2, maxThreads)
              // No modules from the class path: none may add admin or write endpoints.
              .fusekiModules(FusekiModules.empty())
              .enablePing(false)
              .enableStats(false)
              .enableMetrics(false)
              .enableCompact(false)
              .enableTasks(false)
              // A service named /sparql with an unnamed endpoint answers at /sparql itself.
              .add(SPARQL_PATH, ReadOnlySparql.queryOnly(dataset, queryTimeout, query, ""))
              .add(
                  DATASET_PATH,
                  ReadOnlySparql.queryOnly(dataset, queryTimeout, query, "", "sparql", "query"))
              // Filters run in this order, before Fuseki and the servlets see the request.
              .addFilter("/*", new SecurityHeaders())
              .addFilter("/*", new RefusedParameters());
      if (cacheBytes > 0) {
        // Last, so that only requests the limits let through are kept or answered from memory.
        fuseki.addFilter("/*", new ResponseCache(cacheBytes, queryTimeout.toMillis()));
      }
      filters.forEach(fuseki::addFilter);
      for (String path : List.of(SPARQL_PATH, DATASET_PATH + "/*")) {
        fuseki.addFilter(path, new HeldFlushes());
      }
      servlets.forEach(fuseki::addServlet);
      FusekiServer server = fuseki.build();
      pooledOutputBuffers(server);
      JettyGuards.install(server.getJettyServer(), maxRequestBytes);
      return new KamergraafServer(server);
    }

    /**
     * Fuseki gives every response a 5 MiB output buffer. Jetty pools buffers up to 64 KiB only, so
     * each answer larger than a few KiB allocated and zeroed a new 5 MiB of direct memory: 15–20 ms
     * per answer, even one sent from the response cache. With 64 KiB the buffers come from the
     * pool. A timeout is answered as before: a query cut off before its first row gets 503, one cut
     * off while its rows are written ends them under the 200 already set.
     */
    private static void pooledOutputBuffers(FusekiServer server) {
      for (Connector connector : server.getJettyServer().getConnectors()) {
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
          http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }
      }
    }
  }
}
