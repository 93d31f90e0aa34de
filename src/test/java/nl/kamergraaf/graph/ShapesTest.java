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
 * The shapes pass every bundled document's graph as built, and catch each way a fact can lose its
 * provenance: no rule, no document, no place, no text or two, a place that is no span.
 */
class ShapesTest {
  private static final String DOC = "002_13d841ed3eb9d257.txt";
  private static final Node TYPE = RDF.Nodes.type;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000_60dd4be6d4d1a68f.txt",
        "001_bba492771d7bbacc.txt",
        "002_13d841ed3eb9d257.txt",
        "003_b076fc73ff532d15.txt",
        "004_62cc81db4921119a.txt"
      })
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
  void aFactWithoutItsDocumentIsRejected() {
    Graph g = graphOf(DOC);
    Node fact = anyPlacedFact(g);
    g.remove(fact, Vocabularies.provWasDerivedFrom, Node.ANY);

    assertRejected(g, fact);
  }

  @Test
  void aFactWithoutItsPlaceIsRejected() {
    Graph g = graphOf(DOC);
    Node fact = anyPlacedFact(g);
    g.remove(fact, KG.start, Node.ANY);
    g.remove(fact, KG.end, Node.ANY);
    assertRejected(g, fact);

    Graph h = graphOf(DOC);
    Node mention = h.find(Node.ANY, KG.span, Node.ANY).next().getSubject();
    h.remove(mention, KG.span, Node.ANY);
    assertRejected(h, mention);
  }

  @Test
  void aPositionWithoutItsEndOrBeforeTheTextIsRejected() {
    Graph g = graphOf(DOC);
    Node fact = anyPlacedFact(g);
    g.remove(fact, KG.end, Node.ANY);
    assertRejected(g, fact);

    Graph h = graphOf(DOC);
    Node other = anyPlacedFact(h);
    h.remove(other, KG.start, Node.ANY);
    h.add(other, KG.start, integer(-1));
    assertRejected(h, other);
  }

  @Test
  void aMentionWithAPlaceThatIsNoSpanOrAPairOfPositionsIsRejected() {
    Graph g = graphOf(DOC);
    Node mention = g.find(Node.ANY, KG.span, Node.ANY).next().getSubject();
    g.add(mention, KG.span, NodeFactory.createLiteralString("12 tot 20"));
    assertRejected(g, mention);

    Graph h = graphOf(DOC);
    Node other = h.find(Node.ANY, KG.span, Node.ANY).next().getSubject();
    h.add(other, KG.start, integer(1));
    h.add(other, KG.end, integer(2));
    assertRejected(h, other);
  }

  @Test
  void aFactWithoutItsTextOrWithTwoIsRejected() {
    Graph g = graphOf(DOC);
    Node fact = anyPlacedFact(g);
    g.remove(fact, KG.exact, Node.ANY);
    assertRejected(g, fact);

    Graph h = graphOf(DOC);
    Node mention = h.find(Node.ANY, KG.span, Node.ANY).next().getSubject();
    h.add(mention, KG.exact, NodeFactory.createLiteralString("tweede citaat"));
    assertRejected(h, mention);
  }

  /** The report names the node at fault, itself or the fact or target that holds it. */
  private static void assertRejected(Graph g, Node atFault) {
    ValidationReport report = Shapes.validate(g);
    assertFalse(report.conforms(), "the change to " + atFault + " passed the shapes");
    List<Node> focus = report.getEntries().stream().map(e -> e.focusNode()).toList();
    List<Node> holders = g.find(Node.ANY, Node.ANY, atFault).mapWith(Triple::getSubject).toList();
    assertTrue(
        focus.contains(atFault) || focus.stream().anyMatch(holders::contains),
        "focus nodes " + focus + " do not include " + atFault + " or what holds it");
  }

  /** A fact with a span of its own (not a mention): a question, an amount, a relation. */
  private static Node anyPlacedFact(Graph g) {
    return g.find(Node.ANY, KG.start, Node.ANY).next().getSubject();
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
