package nl.kamergraaf.graph;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and the SHACL shapes, read from the classpath ({@code ontology/} in the repo), and
 * validation of a document's graph against the shapes.
 */
public final class Shapes {
  private static final Graph ONTOLOGY = read("/ontology/kamergraaf.ttl");
  private static final org.apache.jena.shacl.Shapes SHAPES =
      org.apache.jena.shacl.Shapes.parse(read("/ontology/shapes.ttl"));

  private Shapes() {}

  /** The ontology graph (do not modify). */
  public static Graph ontology() {
    return ONTOLOGY;
  }

  /** Validates a graph; the report lists every violation. */
  public static ValidationReport validate(Graph graph) {
    return ShaclValidator.get().validate(SHAPES, graph);
  }

  /** A readable rendering of a report, for error messages. */
  public static String describe(ValidationReport report) {
    var out = new ByteArrayOutputStream();
    ShLib.printReport(out, report);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Graph read(String resource) {
    InputStream in = Shapes.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          resource + " is not on the classpath: is ontology/ a resource directory?");
    }
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
    return g;
  }
}
