package nl.kamergraaf.serve.pages;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The data document of a resource: what the dataset says about it (its own triples and those of its
 * {@code #…} parts, such as a fact's target and selectors), the triples that point at it, and the
 * names of the resources it links to, so a client can show them without another request.
 */
final class Descriptions {
  private final DatasetGraph dsg;

  Descriptions(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  /** Whether the dataset says anything about {@code iri}, as subject or object. */
  boolean known(Node iri) {
    // The first quad in any graph settles it; the union graph would first remove duplicates
    // over every graph that describes the resource (hundreds for a much-named entity).
    return Txn.calculateRead(
        dsg,
        () ->
            any(dsg.find(Node.ANY, iri, Node.ANY, Node.ANY))
                || any(dsg.find(Node.ANY, Node.ANY, Node.ANY, iri)));
  }

  private static boolean any(Iterator<Quad> quads) {
    try {
      return quads.hasNext();
    } finally {
      Iter.close(quads);
    }
  }

  Graph describe(Node iri) {
    return Txn.calculateRead(
        dsg,
        () -> {
          Graph union = dsg.getUnionGraph();
          Graph out = GraphFactory.createDefaultGraph();
          out.getPrefixMapping().setNsPrefixes(Vocabularies.PREFIXES);
          Set<Node> linked = new HashSet<>();
          Deque<Node> todo = new ArrayDeque<>();
          Set<Node> seen = new HashSet<>();
          todo.add(iri);
          String parts = iri.getURI() + "#";
          while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!seen.add(s)) {
              continue;
            }
            union
                .find(s, Node.ANY, Node.ANY)
                .forEach(
                    t -> {
                      out.add(t);
                      Node o = t.getObject();
                      if (o.isURI() && o.getURI().startsWith(parts)) {
                        todo.add(o);
                      } else if (o.isURI()) {
                        linked.add(o);
                      }
                    });
          }
          union
              .find(Node.ANY, Node.ANY, iri)
              .forEach(
                  t -> {
                    out.add(t);
                    linked.add(t.getSubject());
                  });
          linked.remove(iri);
          for (Node other : linked) {
            union.find(other, SKOS.prefLabel.asNode(), Node.ANY).forEach(out::add);
            if (!union.contains(other, SKOS.prefLabel.asNode(), Node.ANY)) {
              union.find(other, RDFS.label.asNode(), Node.ANY).forEach(out::add);
            }
          }
          return out;
        });
  }

  static boolean isEmpty(Graph g) {
    return !g.find(Triple.ANY).hasNext();
  }
}
