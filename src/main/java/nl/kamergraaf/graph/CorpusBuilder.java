package nl.kamergraaf.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.ingest.CorpusReader;
import nl.kamergraaf.ingest.Document;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Turns a folder of documents into quads: the ontology in its own graph, then per document
 * ingest, extraction and SHACL validation of its graph before a single quad of it goes out.
 * A document that cannot be read or whose graph violates the shapes is reported and left out;
 * the others go on.
 *
 * <pre>
 * BuildSummary s = new CorpusBuilder(DocumentExtractor.load(), Iris.defaults())
 *     .build(Path.of("data/corpus"), streamRdf, listener);
 * </pre>
 */
public final class CorpusBuilder {
  private final DocumentExtractor extractor;
  private final Iris iris;
  private final CorpusReader reader;

  public CorpusBuilder(DocumentExtractor extractor, Iris iris) {
    this(extractor, iris, new CorpusReader());
  }

  /** A builder that reads the documents with {@code reader} (e.g. another maximum file size). */
  public CorpusBuilder(DocumentExtractor extractor, Iris iris, CorpusReader reader) {
    this.extractor = extractor;
    this.iris = iris;
    this.reader = reader;
  }

  public BuildSummary build(Path input, StreamRDF out, BuildListener listener) {
    long start = System.nanoTime();
    long[] quads = {0};
    int[] built = {0};
    List<String> rejected = new ArrayList<>();
    out.start();
    Vocabularies.PREFIXES.getNsPrefixMap().forEach(out::prefix);
    quads[0] += writeOntology(out);
    reader.read(input, doc -> {
      long t0 = System.nanoTime();
      try {
        long n = writeDocument(doc, out);
        quads[0] += n;
        built[0]++;
        listener.built(doc.source(), n, (System.nanoTime() - t0) / 1_000_000);
      } catch (KamergraafException e) {
        rejected.add(e.getMessage());
        listener.rejected(e);
      } catch (RuntimeException e) {
        // A bug in a rule must not take the whole corpus down: report it with the document.
        KamergraafException wrapped = new KamergraafException(doc.source() + ": extraction failed: " + e, e);
        rejected.add(wrapped.getMessage());
        listener.rejected(wrapped);
      }
    }, bad -> {
      rejected.add(bad.getMessage());
      listener.rejected(bad);
    }, listener::warned);
    out.finish();
    return new BuildSummary(built[0], rejected, quads[0], (System.nanoTime() - start) / 1_000_000);
  }

  /** Extracts one document, validates its graph, and only then streams it out. */
  long writeDocument(Document doc, StreamRDF out) {
    DatasetGraph buffer = DatasetGraphFactory.create();
    extractor.extract(doc, new RdfFactWriter(iris, StreamRDFLib.dataset(buffer)));
    Node graphName = iris.graph(doc.source());
    Graph graph = buffer.getGraph(graphName);
    ValidationReport report = Shapes.validate(graph);
    if (!report.conforms()) {
      throw new ShapeViolationException(doc.source() + ": its graph violates ontology/shapes.ttl ("
          + report.getEntries().size() + " violations), which is a defect in extraction:\n"
          + Shapes.describe(report));
    }
    long n = 0;
    var it = buffer.find(graphName, Node.ANY, Node.ANY, Node.ANY);
    while (it.hasNext()) {
      out.quad(it.next());
      n++;
    }
    return n;
  }

  private long writeOntology(StreamRDF out) {
    Node g = iris.ontologyGraph();
    long n = 0;
    var it = Shapes.ontology().find();
    while (it.hasNext()) {
      var t = it.next();
      out.quad(Quad.create(g, t));
      n++;
    }
    return n;
  }
}
