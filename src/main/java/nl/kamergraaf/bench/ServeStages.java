package nl.kamergraaf.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Queries over HTTP against {@code kamergraaf serve} in a child JVM: entity pages (when the server
 * has them), DESCRIBE of entities, the contract queries of {@code queries/}, the aggregate of
 * amounts per programme per year, and full-text search ({@code text:query} and the search page),
 * each at several numbers of concurrent clients.
 */
final class ServeStages {
  static final String AGGREGATE = "amounts-per-program.rq";
  private static final String JSON = "application/sparql-results+json";

  /** What the full-text rows search for: words, a stemmed plural, folded diacritics, a phrase. */
  static final List<String> SEARCHED = List.of("munitie", "drones", "Oekraine", "\"F-35\"");

  private static final String TEXT_QUERY =
      """
      PREFIX text: <http://jena.apache.org/text#>
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      SELECT ?item ?score WHERE { (?item ?score) text:query (kg:text "%s" 100) }""";

  private final ChildJvm jvm;
  private final Path store;
  private final Path queries;
  private final String base;

  ServeStages(ChildJvm jvm, Path store, Path queries, String base) {
    this.jvm = jvm;
    this.store = store;
    this.queries = queries;
    this.base = base;
  }

  /** Every outcome, the peak heap of the server, and notes on what was (not) measured. */
  record Served(List<HttpLoad.Outcome> outcomes, long peakHeapMiB, List<String> notes) {}

  Served run(List<Integer> clientCounts, int perClient, int contractRounds, String cacheSize)
      throws Exception {
    int port = freePort();
    ChildJvm.Running server =
        jvm.start(
            "serve",
            "serve",
            "--store",
            store.toString(),
            "--port",
            Integer.toString(port),
            "--cache-size",
            cacheSize);
    List<String> notes = new ArrayList<>();
    List<HttpLoad.Outcome> outcomes = new ArrayList<>();
    ChildJvm.Result stopped;
    try {
      URI root = URI.create("http://localhost:" + port);
      URI sparql = root.resolve("/sparql");
      awaitReady(server, sparql);
      List<String> entities = entities(sparql);
      Map<String, List<HttpLoad.Request>> kinds = new LinkedHashMap<>();
      List<HttpLoad.Request> pages = new ArrayList<>();
      List<HttpLoad.Request> describes = new ArrayList<>();
      for (String e : entities) {
        pages.add(HttpLoad.Request.get(root.resolve(e.substring(base.length() - 1)), "text/html"));
        describes.add(HttpLoad.Request.sparql(sparql, "DESCRIBE <" + e + ">", "text/turtle"));
      }
      if (HttpLoad.status(pages.get(0)) / 100 == 2) {
        kinds.put("entity page (GET /id/…, HTML)", pages);
      } else {
        notes.add(
            "The server has no entity pages yet (GET "
                + pages.get(0).uri()
                + " answered "
                + HttpLoad.status(pages.get(0))
                + "); the DESCRIBE row is what such a page fetches.");
      }
      kinds.put("entity DESCRIBE (Turtle)", describes);
      List<HttpLoad.Request> contract = new ArrayList<>();
      for (Path rq : contractQueries()) {
        contract.add(
            HttpLoad.Request.sparql(sparql, Files.readString(rq, StandardCharsets.UTF_8), JSON));
      }
      kinds.put("contract queries (" + contract.size() + ", round-robin)", contract);
      kinds.put(
          "aggregate: amounts per programme per year",
          List.of(
              HttpLoad.Request.sparql(
                  sparql,
                  Files.readString(queries.resolve(AGGREGATE), StandardCharsets.UTF_8),
                  JSON)));
      List<HttpLoad.Request> texts = new ArrayList<>();
      List<HttpLoad.Request> searches = new ArrayList<>();
      for (String words : SEARCHED) {
        texts.add(
            HttpLoad.Request.sparql(
                sparql, String.format(TEXT_QUERY, words.replace("\"", "\\\"")), JSON));
        searches.add(
            HttpLoad.Request.get(
                root.resolve("/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)),
                "text/html"));
      }
      kinds.put("full-text search: text:query (" + SEARCHED.size() + " searches)", texts);
      if (HttpLoad.status(searches.get(0)) / 100 == 2) {
        kinds.put("search page (GET /search?q=…, HTML)", searches);
      }

      for (var kind : kinds.entrySet()) {
        HttpLoad.Outcome first = HttpLoad.warm(kind.getKey() + ", first asking", kind.getValue());
        outcomes.add(first);
        if (first.errors() > 0) {
          notes.add(kind.getKey() + ": " + first.errors() + " request(s) failed when first asked");
        }
        boolean isContract = kind.getKey().startsWith("contract");
        int n = isContract ? contractRounds * kind.getValue().size() : perClient;
        for (int clients : clientCounts) {
          outcomes.add(HttpLoad.run(kind.getKey(), clients, n, kind.getValue()));
        }
      }
    } finally {
      stopped = jvm.stop(server);
    }
    notes.add(
        "Each kind's \"first asking\" row is its requests sent once each, one client, before "
            + "the timed runs: what the server computes. "
            + (cacheSize.equals("0")
                ? "The server keeps no answers here (--cache-size 0), so the timed runs compute every "
                    + "answer again."
                : "The server keeps whole answers (--cache-size "
                    + cacheSize
                    + "), so the timed runs "
                    + "after it are answered again from memory."));
    return new Served(outcomes, stopped.peakHeapMiB(), notes);
  }

  private List<Path> contractQueries() throws IOException {
    try (Stream<Path> files = Files.list(queries)) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
  }

  /** Up to 20 entities named in the documents, spread over the store. */
  private static List<String> entities(URI sparql) throws Exception {
    String csv =
        HttpLoad.body(
            HttpLoad.Request.sparql(
                sparql,
                "SELECT DISTINCT ?e WHERE { ?m <http://www.w3.org/ns/oa#hasBody> ?e } LIMIT 400",
                "text/csv"));
    List<String> all = csv.lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (all.isEmpty()) {
      throw new IllegalStateException("the store names no entities: is it empty?");
    }
    List<String> picked = new ArrayList<>();
    int step = Math.max(1, all.size() / 20);
    for (int i = 0; i < all.size() && picked.size() < 20; i += step) {
      picked.add(all.get(i));
    }
    return picked;
  }

  private static void awaitReady(ChildJvm.Running server, URI sparql) throws Exception {
    HttpLoad.Request ask = HttpLoad.Request.sparql(sparql, "ASK {}", JSON);
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!server.process().isAlive()) {
        throw new IllegalStateException("the server stopped: see " + server.output());
      }
      if (HttpLoad.status(ask) == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the server did not answer within 3 minutes: see " + server.output());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
