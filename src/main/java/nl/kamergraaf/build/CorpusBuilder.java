package nl.kamergraaf.build;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.ExtractedGraph;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.graph.PeopleGraph;
import nl.kamergraaf.graph.ShapeViolationException;
import nl.kamergraaf.graph.Shapes;
import nl.kamergraaf.graph.Vocabularies;
import nl.kamergraaf.ingest.CorpusReader;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.api.People;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Turns a folder of documents into quads: the ontology in its own graph, then per document ingest,
 * extraction and SHACL validation of its graph before a single quad of it goes out. A document that
 * cannot be read or whose graph violates the shapes is reported and left out; the others go on.
 *
 * <p>Documents are extracted on {@code threads} threads, each with its own extractor, and go out in
 * corpus order; only a few documents are in memory at a time. A document whose extraction goes over
 * its {@link DocumentBudget} is rejected while the others go on.
 *
 * <pre>
 * BuildSummary s = new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), 4)
 *     .build(Path.of("data/corpus"), streamRdf, listener);
 * BuildSummary t = new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), 4)
 *     .buildStore(Path.of("data/corpus"), Path.of("store"), false, listener); // incremental
 * </pre>
 */
public final class CorpusBuilder {
  private final Supplier<DocumentExtractor> extractors;
  private final Iris iris;
  private final int threads;
  private final CorpusReader reader;
  private final People people;
  private final DocumentBudget budget;
  private final boolean validate;

  /** A builder on one thread that uses {@code extractor}. */
  public CorpusBuilder(DocumentExtractor extractor, Iris iris) {
    this(() -> extractor, iris, 1, new CorpusReader());
  }

  /** A builder on {@code threads} threads, each with an extractor from {@code extractors}. */
  public CorpusBuilder(Supplier<DocumentExtractor> extractors, Iris iris, int threads) {
    this(extractors, iris, threads, new CorpusReader());
  }

  /** As above, reading the documents with {@code reader} (e.g. another maximum file size). */
  public CorpusBuilder(
      Supplier<DocumentExtractor> extractors, Iris iris, int threads, CorpusReader reader) {
    this(extractors, iris, threads, reader, People.NONE, DocumentBudget.defaults(), true);
  }

  private CorpusBuilder(
      Supplier<DocumentExtractor> extractors,
      Iris iris,
      int threads,
      CorpusReader reader,
      People people,
      DocumentBudget budget,
      boolean validate) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.extractors = extractors;
    this.iris = iris;
    this.threads = threads;
    this.reader = reader;
    this.people = people;
    this.budget = budget;
    this.validate = validate;
  }

  /**
   * This builder with the Tweede Kamer's people tables ({@code fetch --people}): they become the
   * graph {@code graph/tk-people}, and since extraction recognises their members, a change in them
   * counts as a change of every document. Give the extractors the same tables ({@code
   * DocumentExtractor.load(people)}).
   */
  public CorpusBuilder withPeople(People tables) {
    return new CorpusBuilder(extractors, iris, threads, reader, tables, budget, validate);
  }

  /** This builder with another budget per document (default {@link DocumentBudget#defaults}). */
  public CorpusBuilder withBudget(DocumentBudget budget) {
    return new CorpusBuilder(extractors, iris, threads, reader, people, budget, validate);
  }

  /**
   * This builder with or without the SHACL check of each document's graph (on by default). {@link
   * RdfFactWriter} writes the shapes' structure by construction, and the tests validate every
   * bundled paper, golden case and synthetic template; {@code kamergraaf build} checks only with
   * {@code --validate}, which took about a tenth of extraction's time.
   */
  public CorpusBuilder withValidation(boolean on) {
    return new CorpusBuilder(extractors, iris, threads, reader, people, budget, on);
  }

  People people() {
    return people;
  }

  /** As many threads as the machine has cores. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  Iris iris() {
    return iris;
  }

  int threads() {
    return threads;
  }

  CorpusReader reader() {
    return reader;
  }

  ExtractionPool pool() {
    return new ExtractionPool(extractors, threads, budget);
  }

  /** Builds the corpus at {@code input} into {@code out}: ontology first, then each document. */
  public BuildSummary build(Path input, StreamRDF out, BuildListener listener) {
    long start = System.nanoTime();
    long[] quads = {0};
    int[] built = {0};
    out.start();
    Vocabularies.PREFIXES.getNsPrefixMap().forEach(out::prefix);
    quads[0] += writeOntology(out);
    if (!people.isEmpty()) {
      List<Quad> tables = peopleQuads();
      tables.forEach(out::quad);
      quads[0] += tables.size();
    }
    List<String> rejected =
        ExtractionLoop.run(
            this,
            input,
            listener,
            new ExtractionLoop.Steps<Extracted>() {
              @Override
              public Function<DocumentExtractor, Extracted> work(Document doc) {
                return extractor -> extract(extractor, doc);
              }

              @Override
              public void extracted(Document doc, Extracted done) {
                done.quads().forEach(out::quad);
                quads[0] += done.quads().size();
                built[0]++;
                listener.built(doc.source(), done.quads().size(), done.millis());
              }
            });
    out.finish();
    return new BuildSummary(built[0], rejected, quads[0], (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Builds the corpus at {@code input} into a fresh database of the store {@code storeDir} with
   * Jena's phased bulk loader, and swaps it in. Unless {@code full}, documents whose content key is
   * unchanged since the last build are not extracted again: their quads come from the store's cache
   * of extracted N-Quads; and if nothing changed at all, the database in service stays.
   */
  public BuildSummary buildStore(Path input, Path storeDir, boolean full, BuildListener listener) {
    return new StoreUpdate(this, storeDir, full).run(input, listener);
  }

  /** One document's validated quads and how long they took. */
  record Extracted(List<Quad> quads, long millis) {}

  /**
   * Extracts one document (its quads once each, in the order written) and, if this builder
   * validates, checks its graph; throws if the graph violates the shapes.
   */
  Extracted extract(DocumentExtractor extractor, Document doc) {
    long t0 = System.nanoTime();
    List<Quad> quads = ExtractedGraph.of(extractor, iris, doc, validate);
    return new Extracted(quads, (System.nanoTime() - t0) / 1_000_000);
  }

  /** The people tables' graph, validated against the shapes like a document's. */
  List<Quad> peopleQuads() {
    PeopleGraph g = new PeopleGraph(iris, people);
    List<Quad> quads = g.quads();
    DatasetGraph buffer = DatasetGraphFactory.create();
    quads.forEach(buffer::add);
    ValidationReport report = Shapes.validate(buffer.getGraph(g.name()));
    if (!report.conforms()) {
      throw new ShapeViolationException(
          "the people tables' graph violates ontology/shapes.ttl ("
              + report.getEntries().size()
              + " violations):\n"
              + Shapes.describe(report));
    }
    return quads;
  }

  long writeOntology(StreamRDF out) {
    List<Quad> quads = ExtractedGraph.ontology(iris);
    quads.forEach(out::quad);
    return quads.size();
  }
}
