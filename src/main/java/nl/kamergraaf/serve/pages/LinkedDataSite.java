package nl.kamergraaf.serve.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.serve.KamergraafServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The linked-data side of the server: dereferenceable IRIs, HTML pages, the dataset description,
 * dumps, graph exports and the graph view, mounted on the same Jetty as the SPARQL endpoint.
 *
 * <pre>{@code
 * KamergraafServer.Builder server = KamergraafServer.builder().dataset(dsg).port(3030);
 * LinkedDataSite.builder().dataset(dsg).base(Iris.DEFAULT_BASE).documents(Path.of("data/corpus"))
 *     .build().mountOn(server);
 * server.build().start();
 * }</pre>
 *
 * <p>Paths: {@code /} (index), {@code /id/…} (303 to page or data), {@code /page/…}, {@code
 * /data/…[.ttl|.jsonld|.nt|.rdf]}, {@code /.well-known/void}, {@code /dumps/kamergraaf.trig},
 * {@code /dumps/kamergraaf.nq.gz}, {@code /context.jsonld}, {@code /def}, {@code /query}, {@code
 * /export}, {@code /graph} (the view), {@code /graph/{doc}} (named graphs), {@code /static/…},
 * {@code /search}, {@code /feed} and {@code /feed/…} (Atom).
 */
public final class LinkedDataSite {
  private static final Logger LOG = LoggerFactory.getLogger("nl.kamergraaf.server");
  private final Sparql sparql;
  private final Descriptions descriptions;
  private final LocalLinks links;
  private final DocumentTexts texts;
  private final DatasetDescription description;

  private LinkedDataSite(Builder b) {
    this.sparql = new Sparql(b.dataset);
    this.descriptions = new Descriptions(b.dataset);
    this.links = new LocalLinks(b.base);
    this.texts =
        new DocumentTexts(
            b.documents, b.keptTexts, b.maxFileSize, DocumentTexts.DEFAULT_CACHED_CHARS);
    this.description = new DatasetDescription(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Adds this site's servlets to a server being built. */
  public void mountOn(KamergraafServer.Builder server) {
    server.servlet("/id/*", new IdServlet(this));
    server.servlet("/data/*", new DataServlet(this));
    server.servlet("/page/*", new PageServlet(this));
    server.servlet("/.well-known/void", new VoidServlet(this));
    server.servlet("/dumps/*", new DumpServlet(this));
    server.servlet(
        "/context.jsonld", new ResourceServlet(JsonLdForm.CONTEXT_RESOURCE, "application/ld+json"));
    server.servlet("/def", new ResourceServlet("/ontology/kamergraaf.ttl", "text/turtle"));
    server.servlet("/static/*", new StaticServlet());
    server.servlet("/query", new QueryFormServlet());
    server.servlet("/export", new ExportServlet(this));
    server.servlet("/graph", new GraphViewServlet(this));
    server.servlet("/graph/*", new NamedGraphServlet(this));
    server.servlet("/search", new SearchServlet(this));
    server.servlet("/feed", new FeedServlet(this));
    server.servlet("/feed/*", new FeedServlet(this));
    // Fuseki owns /sparql; a browser asking it for HTML gets the editor from this filter.
    server.filter(KamergraafServer.SPARQL_PATH, new SparqlEditor());
    // "" is the root alone; Fuseki answers 404 for any path nothing serves.
    server.servlet("", new IndexServlet(this));
  }

  /**
   * Counts the dataset for its description (index page, VoID) on a background thread, so the first
   * visitor does not wait for it: on a store of a thousand documents it takes minutes.
   */
  public void describeInBackground() {
    Thread counting =
        new Thread(
            () -> {
              long start = System.nanoTime();
              try {
                long triples = description.triples();
                LOG.info(
                    "Dataset described: {} triples, counted in {} s",
                    triples,
                    (System.nanoTime() - start) / 1_000_000_000);
              } catch (RuntimeException e) {
                LOG.warn("Could not count the dataset for its description: {}", e.toString());
              }
            },
            "kamergraaf-describe");
    counting.setDaemon(true);
    counting.start();
  }

  Sparql sparql() {
    return sparql;
  }

  Descriptions descriptions() {
    return descriptions;
  }

  LocalLinks links() {
    return links;
  }

  DatasetDescription description() {
    return description;
  }

  DocumentTexts texts() {
    return texts;
  }

  /** Options of a {@link LinkedDataSite}; each is checked when it is set. */
  public static final class Builder {
    private DatasetGraph dataset;
    private String base = Iris.DEFAULT_BASE;
    private Path documents;
    private Function<String, Optional<String>> keptTexts;
    private long maxFileSize = DocumentReader.DEFAULT_MAX_FILE_SIZE;

    private Builder() {}

    /** The served dataset (union default graph, as {@code Store.open} gives); required. */
    public Builder dataset(DatasetGraph dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      return this;
    }

    /**
     * The base the IRIs were minted under ({@code build --base}); default {@value
     * Iris#DEFAULT_BASE}.
     */
    public Builder base(String base) {
      this.base = new Iris(base).base();
      return this;
    }

    /**
     * The folder the store was built from, for the text on document pages; optional (without it
     * document pages show the questions, answers and mentions but not the full text).
     */
    public Builder documents(Path folder) {
      if (folder != null && !Files.isDirectory(folder)) {
        throw new IllegalArgumentException("documents folder " + folder + " is not a folder");
      }
      this.documents = folder;
      return this;
    }

    /**
     * The texts kept with the served database ({@code OpenDatabase.texts()::original}), shown on
     * document pages instead of the documents folder's, which may have changed since the build;
     * null (the default) for a database built without them.
     */
    public Builder keptTexts(Function<String, Optional<String>> texts) {
      this.keptTexts = texts;
      return this;
    }

    /**
     * The largest file of the documents folder read for a page, in bytes: the build's {@code
     * --max-file-size} (default {@link DocumentReader#DEFAULT_MAX_FILE_SIZE}).
     */
    public Builder maxFileSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("max file size must be at least 1 byte, not " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    public LinkedDataSite build() {
      if (dataset == null) {
        throw new IllegalStateException("no dataset: call .dataset(Store.open(dir))");
      }
      return new LinkedDataSite(this);
    }
  }
}
