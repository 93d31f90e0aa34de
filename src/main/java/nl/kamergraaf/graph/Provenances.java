package nl.kamergraaf.graph;

import static nl.kamergraaf.graph.Vocabularies.*;

import java.util.Optional;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.SourceMap;
import nl.kamergraaf.ingest.Span;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the provenance of a fact on the fact itself: its document, the rule, its span in the
 * original file (in Unicode code points, as the Web Annotation model counts) and the exact text
 * there — five quads, where the Web Annotation form (a target, a position selector and a quote
 * selector, each typed) took thirteen. {@code queries/web-annotation.rq} builds that form.
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
   * The code points of {@code text} before {@code offset}, counted on from the previous call: facts
   * come mostly in text order, and counting from the start for each was quadratic.
   */
  private int codePointsBefore(String text, int offset) {
    boolean splitsPair =
        countedTo > 0
            && countedTo < text.length()
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

  /** Where {@code p} stands in the original file: code points before it and in it. */
  CodePointSpan codePoints(Provenance p) {
    Span original = originalSpan(p);
    String text = source.original();
    int start = codePointsBefore(text, original.start());
    return new CodePointSpan(
        start,
        start + text.codePointCount(original.start(), original.end()),
        original.of(text),
        original.start());
  }

  /**
   * The compact provenance of a fact, on the fact itself: its document, the rule, where it stands
   * (code points, as oa:TextPositionSelector counts) and the exact text there. {@code
   * queries/web-annotation.rq} gives the W3C Web Annotation form of the same.
   */
  void write(Node fact, Provenance p) {
    CodePointSpan at = codePoints(p);
    quad(fact, provWasDerivedFrom, doc);
    quad(fact, KG.extractedBy, NodeFactory.createLiteralString(p.rule()));
    quad(fact, KG.start, integer(at.start()));
    quad(fact, KG.end, integer(at.end()));
    quad(fact, KG.exact, NodeFactory.createLiteralString(at.exact()));
    locate(fact, at.originalStart(), true);
  }

  /** The document all facts written here come from. */
  Node document() {
    return doc;
  }

  /**
   * The place in the converted file an original position stands at, or none for plain text: the
   * unit's property (kg:page, kg:paragraph, kg:footnoteLabel) and its number.
   */
  Optional<SourceMap.Location> location(int originalStart) {
    return source.sourceMap().locate(originalStart);
  }

  /** A span in code points of the original file, its exact text, and its UTF-16 start. */
  record CodePointSpan(int start, int end, String exact, int originalStart) {}

  /** For a converted PDF, Word or HTML file: the page or paragraph and offset there. */
  void locate(Node position, int originalStart, boolean withOffset) {
    source
        .sourceMap()
        .locate(originalStart)
        .ifPresent(
            at -> {
              switch (at.unit()) {
                case PAGE -> quad(position, KG.page, integer(Long.parseLong(at.number())));
                case PARAGRAPH ->
                    quad(position, KG.paragraph, integer(Long.parseLong(at.number())));
                case FOOTNOTE ->
                    quad(position, KG.footnoteLabel, NodeFactory.createLiteralString(at.number()));
              }
              if (withOffset) {
                quad(position, KG.offset, integer(at.offset()));
              }
            });
  }

  void quad(Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
  }

  static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }
}
