package nl.kamergraaf.graph;

import static nl.kamergraaf.graph.Vocabularies.*;

import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.Span;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the provenance of a fact: its document, the rule, and a W3C Web Annotation target
 * whose selectors give the span in the original file (in Unicode code points, as the Web
 * Annotation model counts) and the exact text there.
 */
final class Provenances {
  private final StreamRDF out;
  private final Node graph;
  private final Node doc;
  private final Document source;
  private int countedTo;
  private int counted;

  Provenances(StreamRDF out, Node graph, Node doc, Document source) {
    this.out = out;
    this.graph = graph;
    this.doc = doc;
    this.source = source;
  }

  /** The original-file span (UTF-16 positions) of a provenance's normalised span. */
  Span originalSpan(Provenance p) {
    return source.originalSpan(p.span());
  }

  /**
   * The code points of {@code text} before {@code offset}, counted on from the previous call:
   * facts come mostly in text order, and counting from the start for each was quadratic.
   */
  private int codePointsBefore(String text, int offset) {
    boolean splitsPair = countedTo > 0 && countedTo < text.length()
        && Character.isHighSurrogate(text.charAt(countedTo - 1))
        && Character.isLowSurrogate(text.charAt(countedTo));
    if (offset < countedTo || splitsPair) {
      countedTo = 0;
      counted = 0;
    }
    counted += text.codePointCount(countedTo, offset);
    countedTo = offset;
    return counted;
  }

  void write(Node fact, Provenance p) {
    Span original = originalSpan(p);
    String text = source.original();
    int start = codePointsBefore(text, original.start());
    int end = start + text.codePointCount(original.start(), original.end());
    quad(fact, RDF.type.asNode(), KG.Fact);
    quad(fact, provWasDerivedFrom, doc);
    quad(fact, KG.extractedBy, NodeFactory.createLiteralString(p.rule()));
    // IRIs, not blank nodes: a fact's span can be linked to, and graphs compare cheaply.
    Node target = NodeFactory.createURI(fact.getURI() + "#target");
    quad(fact, oaHasTarget, target);
    quad(target, RDF.type.asNode(), oaSpecificResource);
    quad(target, oaHasSource, doc);
    Node position = NodeFactory.createURI(fact.getURI() + "#position");
    quad(target, oaHasSelector, position);
    quad(position, RDF.type.asNode(), oaTextPositionSelector);
    quad(position, oaStart, integer(start));
    quad(position, oaEnd, integer(end));
    locate(position, original.start());
    Node quote = NodeFactory.createURI(fact.getURI() + "#quote");
    quad(target, oaHasSelector, quote);
    quad(quote, RDF.type.asNode(), oaTextQuoteSelector);
    quad(quote, oaExact, NodeFactory.createLiteralString(original.of(text)));
  }

  /** For a converted PDF, Word or HTML file: the page or paragraph and offset there. */
  private void locate(Node position, int originalStart) {
    source.sourceMap().locate(originalStart).ifPresent(at -> {
      switch (at.unit()) {
        case PAGE -> quad(position, KG.page, integer(Long.parseLong(at.number())));
        case PARAGRAPH -> quad(position, KG.paragraph, integer(Long.parseLong(at.number())));
        case FOOTNOTE -> quad(position, KG.footnoteLabel, NodeFactory.createLiteralString(at.number()));
      }
      quad(position, KG.offset, integer(at.offset()));
    });
  }

  private void quad(Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
  }

  static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }
}
