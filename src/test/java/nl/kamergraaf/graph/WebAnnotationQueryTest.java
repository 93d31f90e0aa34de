package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * queries/web-annotation.rq gives the full W3C Web Annotation form of a paper's facts from the
 * compact provenance: one annotation per fact and per place of a mention, each with a target on the
 * paper, a position and a quote selector, and the quote is the text at the position.
 */
class WebAnnotationQueryTest {
  private static final String DOC = "002_13d841ed3eb9d257";
  private static final Node START = Vocabularies.oaStart;
  private static final Node END = Vocabularies.oaEnd;

  @Test
  void everyFactAndEveryPlaceOfAMentionIsAnAnnotationWhoseQuoteIsTheTextAtItsPosition()
      throws IOException {
    String original =
        Files.readString(Path.of("data/corpus", DOC + ".txt"), StandardCharsets.UTF_8);
    Graph oa =
        construct(Files.readString(Path.of("queries/web-annotation.rq"), StandardCharsets.UTF_8));
    Node annotation = NodeFactory.createURI(Vocabularies.OA + "Annotation");
    List<Node> annotations =
        oa.find(Node.ANY, RDF.Nodes.type, annotation).mapWith(Triple::getSubject).toList();

    assertEquals(
        places(), annotations.size(), "one annotation per fact and per place of a mention");
    List<String> wrong = new ArrayList<>();
    for (Node a : annotations) {
      Node target = one(oa, a, Vocabularies.oaHasTarget);
      assertEquals(
          Iris.defaults().document(DOC + ".txt"), one(oa, target, Vocabularies.oaHasSource));
      assertTrue(
          oa.contains(a, Vocabularies.oaHasBody, Node.ANY)
              && oa.contains(a, KG.extractedBy, Node.ANY),
          a.toString());
      Node position = null;
      Node quote = null;
      for (Node s :
          oa.find(target, Vocabularies.oaHasSelector, Node.ANY)
              .mapWith(Triple::getObject)
              .toList()) {
        if (oa.contains(s, RDF.Nodes.type, Vocabularies.oaTextPositionSelector)) {
          position = s;
        } else if (oa.contains(s, RDF.Nodes.type, Vocabularies.oaTextQuoteSelector)) {
          quote = s;
        }
      }
      int start = number(one(oa, position, START));
      int end = number(one(oa, position, END));
      String exact = one(oa, quote, Vocabularies.oaExact).getLiteralLexicalForm();
      String there =
          original.substring(
              original.offsetByCodePoints(0, start), original.offsetByCodePoints(0, end));
      if (!there.equals(exact)) {
        wrong.add(a + ": \"" + exact + "\" but the text there is \"" + there + "\"");
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** Facts with a span of their own plus the places of the paper's mentions, from the graph. */
  private static int places() {
    String query =
        """
        PREFIX kg: <https://w3id.org/kamergraaf/def#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT (COUNT(*) AS ?n) WHERE {
          ?f prov:wasDerivedFrom <https://w3id.org/kamergraaf/id/doc/%s> .
          { ?f kg:start ?s } UNION { ?f kg:span ?s } }"""
            .formatted(DOC);
    var dsg = BundledCorpus.dataset();
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            return number(qe.select().next().get("n"));
          }
        });
  }

  private static Graph construct(String query) {
    var dsg = BundledCorpus.dataset();
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            return qe.construct();
          }
        });
  }

  private static Node one(Graph g, Node s, Node p) {
    List<Node> objects = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    assertEquals(1, objects.size(), s + " " + p + ": " + objects);
    return objects.get(0);
  }

  private static int number(Node literal) {
    return ((Number) literal.getLiteralValue()).intValue();
  }
}
