package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes pass every bundled document's graph as built, and catch each way a fact can lose
 * its provenance: no rule, no span, a selector missing, doubled or of both kinds at once.
 */
class ShapesTest {
  private static final String DOC = "002_13d841ed3eb9d257.txt";
  private static final Node TYPE = RDF.Nodes.type;

  @ParameterizedTest
  @ValueSource(strings = {"000_60dd4be6d4d1a68f.txt", "001_bba492771d7bbacc.txt",
      "002_13d841ed3eb9d257.txt", "003_b076fc73ff532d15.txt", "004_62cc81db4921119a.txt"})
  void everyBundledDocumentGraphConforms(String source) {
    Graph g = graphOf(source);

    assertTrue(g.size() > 1000, "triples: " + g.size());
    assertTrue(Shapes.validate(g).conforms(), () -> Shapes.describe(Shapes.validate(g)));
  }

  @Test
  void aFactWithoutItsRuleIsRejected() {
    Graph g = graphOf(DOC);
    Triple rule = g.find(Node.ANY, KG.extractedBy, Node.ANY).next();
    g.delete(rule);

    assertRejected(g, rule.getSubject());
  }

  @Test
  void aTargetWithoutItsPositionSelectorIsRejected() {
    Graph g = graphOf(DOC);
    Node position = anySelector(g, Vocabularies.oaTextPositionSelector);
    Triple link = g.find(Node.ANY, Vocabularies.oaHasSelector, position).next();
    g.delete(link);

    assertRejected(g, link.getSubject());
  }

  @Test
  void aTargetWithTwoQuoteSelectorsIsRejected() {
    Graph g = graphOf(DOC);
    Node quote = anySelector(g, Vocabularies.oaTextQuoteSelector);
    Node target = g.find(Node.ANY, Vocabularies.oaHasSelector, quote).next().getSubject();
    Node second = NodeFactory.createBlankNode();
    g.add(target, Vocabularies.oaHasSelector, second);
    g.add(second, TYPE, Vocabularies.oaTextQuoteSelector);
    g.add(second, Vocabularies.oaExact, NodeFactory.createLiteralString("tweede citaat"));

    assertRejected(g, target);
  }

  @Test
  void aSelectorOfBothKindsIsRejected() {
    Graph g = graphOf(DOC);
    Node position = anySelector(g, Vocabularies.oaTextPositionSelector);
    Node target = g.find(Node.ANY, Vocabularies.oaHasSelector, position).next().getSubject();
    Node quote = g.find(target, Vocabularies.oaHasSelector, Node.ANY).toList().stream()
        .map(Triple::getObject).filter(s -> !s.equals(position)).findFirst().orElseThrow();
    // One selector made both kinds, the other one a second position: still two selectors, and
    // both kinds are named, but the quote is gone.
    g.add(position, TYPE, Vocabularies.oaTextQuoteSelector);
    g.add(position, Vocabularies.oaExact, NodeFactory.createLiteralString("citaat"));
    g.remove(quote, TYPE, Vocabularies.oaTextQuoteSelector);
    g.add(quote, TYPE, Vocabularies.oaTextPositionSelector);
    g.add(quote, Vocabularies.oaStart, integer(1));
    g.add(quote, Vocabularies.oaEnd, integer(2));

    assertFalse(Shapes.validate(g).conforms());
  }

  @Test
  void aPositionWithoutItsEndOrBeforeTheTextIsRejected() {
    Graph g = graphOf(DOC);
    Node position = anySelector(g, Vocabularies.oaTextPositionSelector);
    g.remove(position, Vocabularies.oaEnd, Node.ANY);
    assertRejected(g, position);

    Graph h = graphOf(DOC);
    Node other = anySelector(h, Vocabularies.oaTextPositionSelector);
    h.remove(other, Vocabularies.oaStart, Node.ANY);
    h.add(other, Vocabularies.oaStart, integer(-1));
    assertRejected(h, other);
  }

  @Test
  void aQuoteWithoutItsTextIsRejected() {
    Graph g = graphOf(DOC);
    Node quote = anySelector(g, Vocabularies.oaTextQuoteSelector);
    g.remove(quote, Vocabularies.oaExact, Node.ANY);

    assertRejected(g, quote);
  }

  /** The report names the node at fault, itself or the fact or target that holds it. */
  private static void assertRejected(Graph g, Node atFault) {
    ValidationReport report = Shapes.validate(g);
    assertFalse(report.conforms(), "the change to " + atFault + " passed the shapes");
    List<Node> focus = report.getEntries().stream().map(e -> e.focusNode()).toList();
    List<Node> holders = g.find(Node.ANY, Node.ANY, atFault).mapWith(Triple::getSubject).toList();
    assertTrue(focus.contains(atFault) || focus.stream().anyMatch(holders::contains)
            || focus.stream().anyMatch(f -> g.find(f, Vocabularies.oaHasTarget, Node.ANY)
                .mapWith(Triple::getObject).toList().stream().anyMatch(holders::contains)),
        "focus nodes " + focus + " do not include " + atFault + " or what holds it");
  }

  private static Node anySelector(Graph g, Node kind) {
    return g.find(Node.ANY, TYPE, kind).next().getSubject();
  }

  private static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }

  /** A document's graph from the bundled store, copied into memory to be changed. */
  private static Graph graphOf(String source) {
    Graph g = GraphFactory.createDefaultGraph();
    var dataset = BundledCorpus.dataset();
    Node name = Iris.defaults().graph(source);
    Txn.executeRead(dataset, () -> dataset.getGraph(name).find().forEachRemaining(g::add));
    return g;
  }
}
