package nl.kamergraaf.serve.soak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The requests of the soak, each with its weight: entity pages and their IRIs (303), DESCRIBE in
 * Turtle, the contract queries, a query that always runs into the timeout, and a refused update.
 */
final class LoadMix {
  /** The project's published queries, on the class path under {@code /queries/}. */
  static final List<String> CONTRACT_QUERIES =
      List.of(
          "amounts-per-program.rq",
          "amounts.rq",
          "documents.rq",
          "entities.rq",
          "labels.rq",
          "percentages.rq",
          "provenance.rq",
          "question-mentions.rq",
          "questions.rq",
          "relation-statements.rq",
          "relations.rq");

  static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
  static final String EXPENSIVE = "expensive";

  private final String server;
  private final String baseIri;
  private final List<String> entityPaths;
  private final Duration clientTimeout;
  private final List<String> contractQueries = new ArrayList<>();

  /**
   * A mix against {@code server} ({@code http://localhost:port}); {@code entityPaths} are the paths
   * of entities under {@code {base}id/}; a request not answered within {@code clientTimeout} fails.
   */
  LoadMix(String server, String base, List<String> entityPaths, Duration clientTimeout) {
    if (entityPaths.isEmpty()) {
      throw new IllegalArgumentException("the store holds no entities to ask for");
    }
    this.server = server;
    this.baseIri = base;
    this.entityPaths = List.copyOf(entityPaths);
    this.clientTimeout = clientTimeout;
    for (String name : CONTRACT_QUERIES) {
      contractQueries.add(resource("/queries/" + name));
    }
  }

  /** An entity page: the cheap request whose speed the starvation check watches. */
  Probe page(Random random) {
    String path = entityPaths.get(random.nextInt(entityPaths.size()));
    return Probe.get("page", URI.create(server + "/page/" + path), "text/html", clientTimeout, 200);
  }

  /** A query that runs into the server's timeout (or finds the expensive lane full). */
  Probe expensive() {
    return Probe.get(EXPENSIVE, sparql(CROSS_PRODUCT), "text/csv", clientTimeout, 503);
  }

  /** One request drawn from the mix. */
  Probe next(Random random) {
    int roll = random.nextInt(100);
    if (roll < 40) {
      return page(random);
    }
    String path = entityPaths.get(random.nextInt(entityPaths.size()));
    if (roll < 50) {
      return Probe.get("id", URI.create(server + "/id/" + path), "text/html", clientTimeout, 303);
    }
    if (roll < 60) {
      return Probe.get(
          "describe",
          sparql("DESCRIBE <" + entityIri(path) + ">"),
          "text/turtle",
          clientTimeout,
          200);
    }
    if (roll < 93) {
      int i = random.nextInt(contractQueries.size());
      return Probe.get(
          "query " + CONTRACT_QUERIES.get(i),
          sparql(contractQueries.get(i)),
          "text/csv",
          clientTimeout,
          200);
    }
    if (roll < 95) {
      return expensive();
    }
    return new Probe(
        "update",
        HttpRequest.newBuilder(URI.create(server + "/sparql"))
            .header("Content-Type", "application/sparql-update")
            .timeout(clientTimeout)
            .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))
            .build(),
        400,
        404,
        405,
        415);
  }

  private String entityIri(String path) {
    return baseIri + "id/" + path;
  }

  private URI sparql(String query) {
    return URI.create(server + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private static String resource(String name) {
    try (InputStream in = LoadMix.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
