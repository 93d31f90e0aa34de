package nl.kamergraaf.graph;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.ingest.Document;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One document's named graph as validated quads: extraction, the RDF mapping and the SHACL check in
 * one call, so every way of building (a store, N-Quads files, a Spark job) validates a graph before
 * a single quad of it goes out.
 *
 * <pre>
 * List&lt;Quad&gt; quads = ExtractedGraph.of(DocumentExtractor.load(), Iris.defaults(), document);
 * List&lt;Quad&gt; ontology = ExtractedGraph.ontology(Iris.defaults());
 * </pre>
 */
public final class ExtractedGraph {
  private ExtractedGraph() {}

  /**
   * The quads of {@code doc}'s graph, validated. Throws {@link ShapeViolationException} when the
   * graph violates {@code ontology/shapes.ttl}, a defect in extraction, with the violations.
   */
  public static List<Quad> of(DocumentExtractor extractor, Iris iris, Document doc) {
    return of(extractor, iris, doc, true);
  }

  /**
   * The quads of {@code doc}'s graph, once each in the order written; checked against the shapes
   * only if {@code validate} (the build's hot path leaves it to {@code --validate} and the tests,
   * as the writer makes the shapes hold by construction).
   */
  public static List<Quad> of(
      DocumentExtractor extractor, Iris iris, Document doc, boolean validate) {
    DistinctQuads buffer = new DistinctQuads();
    extractor.extract(doc, new RdfFactWriter(iris, buffer));
    Node graphName = iris.graph(doc.source());
    List<Quad> quads = buffer.quads().stream().filter(q -> q.getGraph().equals(graphName)).toList();
    if (validate) {
      Graph graph = GraphFactory.createDefaultGraph();
      quads.forEach(q -> graph.add(q.asTriple()));
      ValidationReport report = Shapes.validate(graph);
      if (!report.conforms()) {
        throw new ShapeViolationException(
            doc.source()
                + ": its graph violates ontology/shapes.ttl ("
                + report.getEntries().size()
                + " violations), which is a defect in extraction:\n"
                + Shapes.describe(report));
      }
    }
    return quads;
  }

  /** The ontology's triples as quads of its own graph ({@link Iris#ontologyGraph()}). */
  public static List<Quad> ontology(Iris iris) {
    Node g = iris.ontologyGraph();
    List<Quad> quads = new ArrayList<>();
    Shapes.ontology().find().forEachRemaining(t -> quads.add(Quad.create(g, t)));
    return quads;
  }
}
