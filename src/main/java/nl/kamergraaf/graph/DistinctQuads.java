package nl.kamergraaf.graph;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Collects one document's quads, each once, in the order they were written: what the writer emits
 * more than once (a document's kg:mentions of an entity named forty times) is kept once, as a
 * dataset would, without building one with its indexes for every document.
 */
final class DistinctQuads implements StreamRDF {
  private final Set<Quad> quads = new LinkedHashSet<>();

  Collection<Quad> quads() {
    return quads;
  }

  @Override
  public void quad(Quad quad) {
    quads.add(quad);
  }

  @Override
  public void triple(Triple triple) {
    quads.add(Quad.create(Quad.defaultGraphNodeGenerated, triple));
  }

  @Override
  public void start() {}

  @Override
  public void base(String base) {}

  @Override
  public void prefix(String prefix, String iri) {}

  @Override
  public void finish() {}
}
