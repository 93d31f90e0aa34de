package nl.kamergraaf.graph;

import static nl.kamergraaf.graph.Vocabularies.*;

import java.util.HashMap;
import java.util.Map;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.ingest.SourceMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Writes a document's mentions, one node for each entity named with the same words by the same
 * rule, listing every place they stand (kg:span "start-end", code points of the original file). A
 * paper names Nederland forty times in three ways; that is three nodes of five quads and forty
 * spans, where a node per place took seventeen quads each. The node is named after its first place,
 * so the mention IRI of a name's first occurrence is what it always was. It has no rdf:type:
 * kg:span has the domain kg:Mention, and only mentions have kg:span and oa:hasBody.
 *
 * <p>In a file converted from PDF, Word or HTML, the page, paragraph or footnote is part of what
 * groups mentions, and the node names it (the offset within the page is not kept for mentions).
 */
final class MentionGroups {
  private final Iris iris;
  private final String source;
  private final Provenances provenance;
  private final Map<Key, Node> nodes = new HashMap<>();

  MentionGroups(Iris iris, String source, Provenances provenance) {
    this.iris = iris;
    this.source = source;
    this.provenance = provenance;
  }

  /** What makes two mentions one node: the entity, the words, the rule and the page. */
  private record Key(
      String entity, String exact, String rule, SourceMap.Unit unit, String number) {}

  /** Writes the mention of {@code entity} (already described) and returns its node. */
  Node write(Mention mention, Node entity) {
    Provenances.CodePointSpan at = provenance.codePoints(mention.provenance());
    SourceMap.Location location = provenance.location(at.originalStart()).orElse(null);
    Key key =
        new Key(
            entity.getURI(),
            at.exact(),
            mention.provenance().rule(),
            location == null ? null : location.unit(),
            location == null ? null : location.number());
    Node node = nodes.get(key);
    if (node == null) {
      node = iris.fact(source, "mention", at.start() + "-" + at.end());
      nodes.put(key, node);
      provenance.quad(node, oaHasBody, entity);
      provenance.quad(node, provWasDerivedFrom, provenance.document());
      provenance.quad(node, KG.extractedBy, NodeFactory.createLiteralString(key.rule()));
      provenance.quad(node, KG.exact, NodeFactory.createLiteralString(key.exact()));
      provenance.locate(node, at.originalStart(), false);
    }
    provenance.quad(node, KG.span, NodeFactory.createLiteralString(at.start() + "-" + at.end()));
    return node;
  }
}
