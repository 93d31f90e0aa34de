package nl.kamergraaf.serve.soak;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.serve.KamergraafServer;
import nl.kamergraaf.serve.pages.LinkedDataSite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * A bounded load test on loopback: serves a store in this process, then (1) measures the entity
 * page p99 alone and while expensive queries keep the server busy, and (2) runs clients that send a
 * mix of pages and queries for a set time, counting answers that are not the expected ones, and
 * compares heap (after garbage collection) and thread count before and after.
 *
 * <pre>{@code
 * SoakReport report = SoakRun.builder().dataset(Store.open(dir)).duration(Duration.ofMinutes(3))
 *     .build().run(out);
 * }</pre>
 */
public final class SoakRun {
  private static final int PROBE_WARMUP = 30;
  private static final int PROBE_REQUESTS = 300;
  private static final int MAX_ERRORS_KEPT = 10;

  private final Builder options;

  private SoakRun(Builder options) {
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs the soak, printing progress to {@code out}. */
  public SoakReport run(PrintWriter out) throws InterruptedException {
    KamergraafServer.Builder builder =
        KamergraafServer.builder()
            .dataset(options.dataset)
            .port(0)
            .loopbackOnly(true)
            .queryTimeout(options.queryTimeout);
    LinkedDataSite.builder()
        .dataset(options.dataset)
        .base(options.base)
        .documents(options.documents)
        .build()
        .mountOn(builder);
    KamergraafServer server = builder.build().start();
    try {
      LoadMix mix =
          new LoadMix(
              "http://localhost:" + server.port(),
              options.base,
              entityPaths(),
              options.queryTimeout.multipliedBy(4).plusSeconds(30));
      return measure(mix, out);
    } finally {
      server.stop();
    }
  }

  private SoakReport measure(LoadMix mix, PrintWriter out) throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    double[] pages =
        options.expensiveClients > 0
            ? pagesAloneAndLoaded(mix, http, out)
            : new double[] {Double.NaN, Double.NaN};
    // A warm-up with the same load first, so that the server's thread pool and the client's
    // connections have grown to what the load needs before the baseline is taken.
    Duration warmUp =
        options.duration.dividedBy(6).compareTo(Duration.ofSeconds(5)) < 0
            ? Duration.ofSeconds(5)
            : options.duration.dividedBy(6);
    out.printf("Warm-up: %d clients for %d s…%n", options.clients, warmUp.toSeconds());
    out.flush();
    load(mix, http, warmUp, new Tally());
    long heapBefore = heapAfterGc();
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    out.printf("Soak: %d clients for %d s…%n", options.clients, options.duration.toSeconds());
    out.flush();
    Tally tally = new Tally();
    load(mix, http, options.duration, tally);
    Thread.sleep(2000); // let the server finish and release what the last requests held
    long heapAfter = heapAfterGc();
    int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
    Latencies all = new Latencies();
    tally.cheap.forEach(l -> l.copyTo(all));
    Map<String, Long> requests = new TreeMap<>();
    tally.counts.forEach((k, v) -> requests.put(k, v.get()));
    return new SoakReport(
        options.duration.toSeconds(),
        options.clients,
        requests,
        tally.errors.get(),
        tally.firstErrors,
        tally.timeouts.get(),
        heapBefore,
        heapAfter,
        threadsBefore,
        threadsAfter,
        options.expensiveClients,
        pages[0],
        pages[1],
        all.percentileMillis(99));
  }

  /** Entity page p99 alone, then while the expensive clients keep the server busy. */
  private double[] pagesAloneAndLoaded(LoadMix mix, HttpClient http, PrintWriter out)
      throws InterruptedException {
    out.println("Entity pages alone…");
    out.flush();
    pageP99(mix, http, PROBE_WARMUP);
    double alone = pageP99(mix, http, PROBE_REQUESTS);
    out.printf("Entity pages with %d expensive queries running…%n", options.expensiveClients);
    out.flush();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> expensive = new ArrayList<>();
    for (int i = 0; i < options.expensiveClients; i++) {
      expensive.add(
          started(
              "soak-expensive-" + i,
              () -> {
                while (!stop.get()) {
                  mix.expensive().send(http);
                }
              }));
    }
    Thread.sleep(1000); // let them reach the server first
    double loaded = pageP99(mix, http, PROBE_REQUESTS);
    stop.set(true);
    for (Thread t : expensive) {
      t.join();
    }
    return new double[] {alone, loaded};
  }

  /** What the clients of one load phase saw. */
  private static final class Tally {
    final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    final List<Latencies> cheap = Collections.synchronizedList(new ArrayList<>());
  }

  /** The clients send requests from the mix for {@code duration}; returns when all are done. */
  private void load(LoadMix mix, HttpClient http, Duration duration, Tally tally)
      throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < options.clients; i++) {
      Random random = new Random(i);
      Latencies mine = new Latencies();
      tally.cheap.add(mine);
      clients.add(
          started(
              "soak-client-" + i,
              () -> {
                while (System.nanoTime() < deadline) {
                  Probe probe = mix.next(random);
                  Probe.Outcome outcome = probe.send(http);
                  tally
                      .counts
                      .computeIfAbsent(probe.name(), k -> new AtomicLong())
                      .incrementAndGet();
                  if (!outcome.ok()) {
                    tally.errors.incrementAndGet();
                    if (tally.firstErrors.size() < MAX_ERRORS_KEPT) {
                      tally.firstErrors.add(outcome.problem());
                    }
                  } else if (probe.name().equals(LoadMix.EXPENSIVE)) {
                    tally.timeouts.incrementAndGet();
                  } else {
                    mine.add(outcome.nanos());
                  }
                }
              }));
    }
    for (Thread t : clients) {
      t.join();
    }
  }

  /** The p99 of {@code n} entity pages asked for one after another, in milliseconds. */
  private static double pageP99(LoadMix mix, HttpClient http, int n) {
    Random random = new Random(42);
    Latencies latencies = new Latencies();
    for (int i = 0; i < n; i++) {
      Probe.Outcome outcome = mix.page(random).send(http);
      if (!outcome.ok()) {
        throw new IllegalStateException("an entity page failed: " + outcome.problem());
      }
      latencies.add(outcome.nanos());
    }
    return latencies.percentileMillis(99);
  }

  private List<String> entityPaths() {
    String prefix = options.base + "id/";
    String query =
        "PREFIX kg: <https://w3id.org/kamergraaf/def#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT DISTINCT ?e { ?e a/rdfs:subClassOf* kg:Entity } ORDER BY ?e LIMIT 500";
    List<String> paths = new ArrayList<>();
    Txn.executeRead(
        options.dataset,
        () -> {
          try (QueryExec exec = QueryExec.dataset(options.dataset).query(query).build()) {
            exec.select()
                .forEachRemaining(
                    row -> {
                      String iri = row.get("e").getURI();
                      if (iri.startsWith(prefix)) {
                        paths.add(iri.substring(prefix.length()));
                      }
                    });
          }
        });
    return paths;
  }

  private static Thread started(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true); // a stuck client must not keep the command from ending
    thread.start();
    return thread;
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Options of a soak run; each is checked when it is set. */
  public static final class Builder {
    private DatasetGraph dataset;
    private String base = Iris.DEFAULT_BASE;
    private Path documents;
    private Duration duration = Duration.ofMinutes(3);
    private int clients = 8;
    private int expensiveClients = 20;
    private Duration queryTimeout = Duration.ofSeconds(5);

    private Builder() {}

    /** The store to serve, from {@code Store.open}; required. */
    public Builder dataset(DatasetGraph dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      return this;
    }

    /** The base the store's IRIs were minted under. */
    public Builder base(String base) {
      this.base = new Iris(base).base();
      return this;
    }

    /** The folder the store was built from (document texts on the pages); may be null. */
    public Builder documents(Path documents) {
      this.documents = documents;
      return this;
    }

    /** How long the clients send requests; default 3 minutes. */
    public Builder duration(Duration duration) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("soak duration must be positive, not " + duration);
      }
      this.duration = duration;
      return this;
    }

    /** How many clients send requests at once; default 8. */
    public Builder clients(int clients) {
      if (clients < 1 || clients > 256) {
        throw new IllegalArgumentException("clients must be 1 to 256, not " + clients);
      }
      this.clients = clients;
      return this;
    }

    /** How many expensive queries run during the starvation check; 0 skips it. Default 20. */
    public Builder expensiveClients(int n) {
      if (n < 0 || n > 256) {
        throw new IllegalArgumentException("expensive clients must be 0 to 256, not " + n);
      }
      this.expensiveClients = n;
      return this;
    }

    /** The server's query timeout; default 5 s, so expensive queries end often. */
    public Builder queryTimeout(Duration timeout) {
      if (timeout.toMillis() < 1) {
        throw new IllegalArgumentException("query timeout must be at least 1 ms, not " + timeout);
      }
      this.queryTimeout = timeout;
      return this;
    }

    public SoakRun build() {
      if (dataset == null) {
        throw new IllegalStateException("no dataset to soak: call .dataset(Store.open(dir))");
      }
      return new SoakRun(this);
    }
  }
}
