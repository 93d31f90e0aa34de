package nl.kamergraaf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.BundledCorpus;
import nl.kamergraaf.graph.Iris;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** Extraction on several threads gives the very quads one thread gives, in the same order. */
class ParallelBuildTest {
  @Test
  void twoThreadsWriteTheSameQuadsAsOneInCorpusOrder() {
    List<Quad> sequential = new ArrayList<>();
    BuildSummary one =
        new CorpusBuilder(DocumentExtractor.load(), Iris.defaults())
            .build(BundledCorpus.CORPUS, collect(sequential), BuildListener.quiet());
    List<Quad> parallel = new ArrayList<>();
    BuildSummary two =
        new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), 2)
            .build(BundledCorpus.CORPUS, collect(parallel), BuildListener.quiet());

    assertEquals(BundledCorpus.DOCUMENTS, one.built());
    assertEquals(one.built(), two.built());
    assertTrue(one.clean() && two.clean(), () -> one.rejected() + " " + two.rejected());
    Set<Quad> a = new HashSet<>(sequential);
    Set<Quad> b = new HashSet<>(parallel);
    assertEquals(a.size(), b.size(), "distinct quads");
    assertEquals(a, b);
    assertEquals(graphOrder(sequential), graphOrder(parallel), "documents go out in corpus order");
  }

  /** The named graphs in the order they first appear. */
  private static List<String> graphOrder(List<Quad> quads) {
    List<String> order = new ArrayList<>();
    for (Quad q : quads) {
      String g = q.getGraph().getURI();
      if (order.isEmpty() || !order.get(order.size() - 1).equals(g)) {
        order.add(g);
      }
    }
    return order;
  }

  private static StreamRDFBase collect(List<Quad> into) {
    return new StreamRDFBase() {
      @Override
      public void quad(Quad quad) {
        into.add(quad);
      }
    };
  }
}
