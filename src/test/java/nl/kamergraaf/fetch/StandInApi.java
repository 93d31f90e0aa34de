package nl.kamergraaf.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A real HTTP server on loopback that answers like the Tweede Kamer OData v4 API from the
 * constructed fixtures in {@code src/test/resources/fetch/standin/} (see the README there). It does
 * not evaluate {@code $filter}; it records every request so that tests can check what was asked.
 */
final class StandInApi implements AutoCloseable {
  static final Path FIXTURES = Path.of("src/test/resources/fetch/standin");
  private static final Path TEST_RESOURCES = Path.of("src/test/resources");
  private static final String ROOT_PATH = "/OData/v4/2.0/";
  private static final Pattern ENTITY =
      Pattern.compile("Document\\(([0-9a-f-]{36})\\)/(DocumentActor|resource)");
  private static final Pattern LENGTH = Pattern.compile("@@length:([^@]+)@@");
  private static final byte[] HTML_ERROR =
      ("<!DOCTYPE html><html><head><title>Onderhoud</title></head>"
              + "<body><p>De dienst is tijdelijk niet beschikbaar.</p></body></html>")
          .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final Map<String, byte[]> files = new HashMap<>();
  private final List<Row> resources = new ArrayList<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> answered429 = Collections.synchronizedSet(new HashSet<>());
  private volatile String run = "run1";
  private volatile String stalled;
  private final CountDownLatch release = new CountDownLatch(1);

  /** A row of resources.tsv. */
  private record Row(String run, String document, String file, String type, String behaviour) {}

  StandInApi() throws IOException {
    readResources();
    // Render the papers now, so that answers take no longer than the API's would.
    resources.forEach(r -> bytes(r.file()));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(ROOT_PATH, this::answer);
    server.start();
  }

  /** The API root to give fetch, e.g. http://127.0.0.1:41234/OData/v4/2.0/. */
  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + ROOT_PATH;
  }

  /** Answers from the fixtures of this run from now on. */
  void use(String runName) {
    this.run = runName;
  }

  /**
   * From now on the file of this document is sent half and then held back until {@link
   * #releaseStall()} or {@link #close()}: a download in progress, for killing a fetch in it.
   */
  void stall(String documentId) {
    this.stalled = documentId;
  }

  void releaseStall() {
    stalled = null;
    release.countDown();
  }

  /** Every request so far, path and decoded query, in order. */
  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Requests so far whose decoded path and query contain {@code part}. */
  long count(String part) {
    return requests().stream().filter(r -> r.contains(part)).count();
  }

  List<String> userAgents() {
    synchronized (userAgents) {
      return List.copyOf(userAgents);
    }
  }

  void clearLog() {
    requests.clear();
    userAgents.clear();
  }

  /** The bytes served for a resource file name of resources.tsv. */
  byte[] bytes(String name) {
    return files.computeIfAbsent(name, StandInApi::load);
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath().substring(ROOT_PATH.length());
      String rawQuery = exchange.getRequestURI().getRawQuery();
      String query = rawQuery == null ? "" : URLDecoder.decode(rawQuery, StandardCharsets.UTF_8);
      String decodedPath = URLDecoder.decode(path, StandardCharsets.UTF_8);
      requests.add(decodedPath + (query.isEmpty() ? "" : "?" + query));
      userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      Matcher entity = ENTITY.matcher(decodedPath);
      if (entity.matches() && entity.group(2).equals("resource")) {
        resource(exchange, entity.group(1));
      } else if (entity.matches()) {
        String skip = skiptoken(query);
        json(
            exchange,
            "DocumentActor." + entity.group(1) + (skip == null ? "" : ".skip" + skip) + ".json");
      } else if (decodedPath.equals("Document")) {
        String skip = skiptoken(query);
        json(
            exchange,
            query.contains("Verwijderd eq true")
                ? "Document.deleted.json"
                : skip == null ? "Document.json" : "Document.page" + skip + ".json");
      } else if (List.of("Persoon", "Fractie", "FractieZetel", "FractieZetelPersoon")
          .contains(decodedPath)) {
        json(exchange, decodedPath + ".json");
      } else {
        send(
            exchange,
            404,
            "application/json",
            "{\"error\":{\"message\":\"no such path\"}}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void json(HttpExchange exchange, String name) throws IOException {
    Path file = FIXTURES.resolve(run).resolve(name);
    if (!Files.isRegularFile(file)) {
      send(
          exchange,
          404,
          "application/json",
          ("{\"error\":{\"message\":\"no fixture " + name + "\"}}")
              .getBytes(StandardCharsets.UTF_8));
      return;
    }
    String text = Files.readString(file).replace("@@api@@", root());
    Matcher m = LENGTH.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Integer.toString(bytes(m.group(1)).length));
    }
    m.appendTail(out);
    send(
        exchange,
        200,
        "application/json; odata.metadata=minimal",
        out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void resource(HttpExchange exchange, String id) throws IOException {
    Row row =
        resources.stream()
            .filter(r -> r.document().equals(id) && (r.run().equals(run) || r.run().equals("*")))
            .findFirst()
            .orElse(null);
    if (row == null) {
      send(exchange, 404, "text/plain", "no such resource".getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] body = bytes(row.file());
    if (id.equals(stalled)) {
      exchange.getResponseHeaders().add("Content-Type", row.type());
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, body.length / 2);
      out.flush();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("the stalled download is dropped");
    }
    switch (row.behaviour()) {
      case "429-once" -> {
        if (answered429.add(run + id)) {
          exchange.getResponseHeaders().add("Retry-After", "1");
          send(exchange, 429, "text/plain", "Too Many Requests".getBytes(StandardCharsets.UTF_8));
        } else {
          send(exchange, 200, row.type(), body);
        }
      }
      case "500" ->
          send(
              exchange,
              500,
              "text/plain",
              "Internal Server Error".getBytes(StandardCharsets.UTF_8));
      case "truncate" -> {
        exchange.getResponseHeaders().add("Content-Type", row.type());
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        // Failing the handler makes the server drop the connection with the body half sent.
        throw new IOException("the stand-in cuts this download short on purpose");
      }
      default -> send(exchange, 200, row.type(), body);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String skiptoken(String query) {
    Matcher m = Pattern.compile("\\$skiptoken=(\\d+)").matcher(query);
    return m.find() ? m.group(1) : null;
  }

  private void readResources() throws IOException {
    for (String line : Files.readAllLines(FIXTURES.resolve("resources.tsv"))) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("run\t")) {
        continue;
      }
      String[] c = line.split("\t");
      resources.add(new Row(c[0], c[1], c[2], c[3], c[4]));
    }
  }

  private static byte[] load(String name) {
    try {
      if (name.equals("@html")) {
        return HTML_ERROR;
      }
      if (name.startsWith("papers/")) {
        return docx(Files.readAllLines(FIXTURES.resolve(name)));
      }
      return Files.readAllBytes(TEST_RESOURCES.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx with one paragraph per line, made with POI. */
  static byte[] docx(List<String> lines) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The address of one request, for tests that want to call the stand-in themselves. */
  URI uri(String relative) {
    return URI.create(root() + relative);
  }
}
