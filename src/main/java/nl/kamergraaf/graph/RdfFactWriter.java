package nl.kamergraaf.graph;

import static nl.kamergraaf.graph.Vocabularies.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.FactSink;
import nl.kamergraaf.extract.api.ApiFacts;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.Footnote;
import nl.kamergraaf.ingest.Span;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns extracted facts into quads: one named graph per document, every fact with its provenance
 * (see {@link Provenances}), every entity described where it is named.
 *
 * <pre>
 * FactSink sink = new RdfFactWriter(Iris.defaults(), streamRdf);
 * extractor.extract(document, sink);
 * </pre>
 */
public final class RdfFactWriter implements FactSink {
  private final Iris iris;
  private final StreamRDF out;
  private Document current;
  private Node graph;
  private Node doc;
  private Provenances provenance;
  private MentionGroups mentionGroups;
  private final Set<String> described = new HashSet<>();
  private final Map<String, String> canonical = new HashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Question> questions = new ArrayList<>();

  public RdfFactWriter(Iris iris, StreamRDF out) {
    this.iris = iris;
    this.out = out;
  }

  @Override
  public void start(Document document) {
    current = document;
    graph = iris.graph(document.source());
    doc = iris.document(document.source());
    provenance = new Provenances(out, graph, doc, document);
    mentionGroups = new MentionGroups(iris, document.source(), provenance);
    described.clear();
    canonical.clear();
    mentions.clear();
    questions.clear();
    quad(doc, RDF.type.asNode(), KG.Document);
    quad(doc, KG.sourceFile, string(document.source()));
    for (Footnote f : document.footnotes()) {
      Node note = iris.fact(document.source(), "footnote", f.label());
      quad(doc, KG.footnote, note);
      quad(note, RDF.type.asNode(), KG.Footnote);
      quad(note, RDFS.label.asNode(), string(f.label()));
      quad(note, KG.text, string(f.body().of(document.text())));
      provenance.write(
          note, new Provenance(f.body(), f.body().of(document.text()), "ingest/footnote"));
    }
  }

  @Override
  public void info(DocumentInfo info) {
    if (info.identifier() != null) {
      field(
          "identifier",
          DCTerms.identifier.asNode(),
          string(info.identifier().value()),
          info.identifier().provenance());
    }
    if (info.kind() != null) {
      field("kind", KG.kind, KG.documentKind(info.kind().value()), info.kind().provenance());
    }
    if (info.date() != null) {
      Node date = NodeFactory.createLiteralDT(info.date().value().toString(), XSDDatatype.XSDdate);
      field("date", DCTerms.date.asNode(), date, info.date().provenance());
    }
    if (info.title() != null) {
      field(
          "title", DCTerms.title.asNode(), string(info.title().value()), info.title().provenance());
    }
    if (info.meeting() != null) {
      DocumentInfo.Meeting m = info.meeting();
      Node meeting = describe(m.meeting());
      if (m.date() != null) {
        quad(
            meeting,
            KG.meetingDate,
            NodeFactory.createLiteralDT(m.date().toString(), XSDDatatype.XSDdate));
      }
      if (m.place() != null) {
        quad(meeting, KG.place, string(m.place()));
      }
      field("meeting", KG.concerns, meeting, m.provenance());
    }
    if (info.committee() != null) {
      quad(doc, KG.committee, describe(info.committee()));
    }
    if (info.chamber() != null) {
      field("chamber", KG.chamber, describe(info.chamber().value()), info.chamber().provenance());
    }
    int n = 0;
    for (DocumentInfo.Signatory s : info.signatories()) {
      Node sig = iris.fact(current.source(), "signature", Integer.toString(++n));
      quad(doc, KG.signature, sig);
      quad(sig, RDF.type.asNode(), KG.Signature);
      quad(sig, KG.signer, describe(s.person()));
      if (s.role() != null) {
        quad(sig, KG.inRole, describe(s.role()));
      }
      if (info.date() != null) {
        // the role is held at the date the paper was signed
        quad(
            sig,
            DCTerms.date.asNode(),
            NodeFactory.createLiteralDT(info.date().value().toString(), XSDDatatype.XSDdate));
      }
      provenance.write(sig, s.provenance());
    }
  }

  /** A document-level statement, reified so that it can carry its provenance. */
  private void field(String name, Node property, Node value, Provenance p) {
    quad(doc, property, value);
    Node fact = iris.fact(current.source(), "field", name);
    quad(fact, RDF.type.asNode(), RDF.Statement.asNode());
    quad(fact, RDF.subject.asNode(), doc);
    quad(fact, RDF.predicate.asNode(), property);
    quad(fact, RDF.object.asNode(), value);
    provenance.write(fact, p);
  }

  @Override
  public void mention(Mention mention) {
    Node entity = describe(mention.entity());
    mentionGroups.write(mention, entity);
    quad(doc, KG.mentions, entity);
    mentions.add(mention);
  }

  @Override
  public void question(Question q) {
    Node node = questionNode(q.number());
    quad(doc, KG.question, node);
    quad(node, RDF.type.asNode(), KG.Question);
    quad(node, KG.inDocument, doc);
    quad(node, KG.number, Provenances.integer(q.number()));
    quad(
        node,
        KG.numbered,
        NodeFactory.createLiteralDT(Boolean.toString(q.numbered()), XSDDatatype.XSDboolean));
    quad(node, KG.text, string(q.question().of(current.text())));
    if (q.fraction() != null) {
      quad(node, KG.askedBy, describe(q.fraction()));
    }
    if (q.answeredBy() != null) {
      quad(node, KG.answeredBy, describe(q.answeredBy()));
    }
    if (q.answer() != null) {
      Node answer = answerNode(q.number());
      quad(node, KG.answer, answer);
      quad(answer, RDF.type.asNode(), KG.Answer);
      quad(answer, KG.inDocument, doc);
      quad(answer, KG.text, string(q.answer().of(current.text())));
      provenance.write(answer, q.answerProvenance());
    }
    for (int other : q.seeAlso()) {
      quad(node, KG.seeAlso, questionNode(other));
    }
    provenance.write(node, q.provenance());
    questions.add(q);
  }

  /** Questions are named by their number, which extraction keeps unique per document. */
  private Node questionNode(int number) {
    return iris.fact(current.source(), "question", Integer.toString(number));
  }

  private Node answerNode(int number) {
    return NodeFactory.createURI(questionNode(number).getURI() + "/answer");
  }

  @Override
  public void quantity(Quantity q) {
    boolean money = q.kind() == Quantity.Kind.AMOUNT;
    Node fact = quantityNode(q.kind(), q.provenance());
    quad(fact, KG.inDocument, doc);
    if (q.restates() != null) {
      // the same amount stated again: one fact, this span points at it
      quad(fact, RDF.type.asNode(), KG.Restatement);
      quad(fact, KG.restates, quantityNode(q.kind(), q.restates()));
      provenance.write(fact, q.provenance());
      return;
    }
    if (money) {
      quad(fact, RDF.type.asNode(), KG.Amount);
      quad(fact, schemaValue, decimal(q.value()));
      quad(fact, schemaCurrency, string(q.currency()));
      quad(
          fact,
          KG.perYear,
          NodeFactory.createLiteralDT(Boolean.toString(q.perYear()), XSDDatatype.XSDboolean));
    } else {
      quad(fact, RDF.type.asNode(), KG.Percentage);
      quad(fact, KG.percentage, decimal(q.value()));
      if (q.shareOf() != null) {
        quad(fact, KG.shareOf, string(q.shareOf()));
      }
    }
    if (q.maxValue() != null) {
      quad(fact, KG.maxValue, decimal(q.maxValue()));
    }
    if (q.subject() != null) {
      quad(fact, KG.subject, describe(q.subject()));
    }
    if (q.program() != null) {
      quad(fact, KG.program, describe(q.program()));
    }
    if (q.period() != null) {
      quad(fact, KG.period, string(q.period()));
    }
    if (q.recipient() != null) {
      quad(fact, KG.recipient, describe(q.recipient()));
    }
    readBy(fact, KG.subjectReadBy, q.readBy().subject());
    readBy(fact, KG.programReadBy, q.readBy().program());
    readBy(fact, KG.recipientReadBy, q.readBy().recipient());
    if (q.partOf() != null) {
      quad(fact, KG.partOfTotal, quantityNode(q.kind(), q.partOf()));
    }
    provenance.write(fact, q.provenance());
  }

  /** An amount or percentage is named by the span of its statement in the original file. */
  private Node quantityNode(Quantity.Kind kind, Provenance statement) {
    Span span = provenance.originalSpan(statement);
    return iris.fact(
        current.source(),
        kind == Quantity.Kind.AMOUNT ? "amount" : "percentage",
        span.start() + "-" + span.end());
  }

  private void readBy(Node fact, Node property, String rule) {
    if (rule != null) {
      quad(fact, property, string(rule));
    }
  }

  @Override
  public void relation(Relation r) {
    Node s = describe(r.subject());
    Node o = describe(r.object());
    Node p = KG.term(r.predicate());
    Span span = provenance.originalSpan(r.provenance());
    Node fact =
        iris.fact(
            current.source(),
            "relation",
            span.start()
                + "-"
                + span.end()
                + "-"
                + r.predicate()
                + "-"
                + Iris.slug(r.subject().key())
                + "-"
                + Iris.slug(r.object().key()));
    if (r.modality() == Relation.Modality.ASSERTED) {
      quad(s, p, o);
    }
    quad(fact, RDF.type.asNode(), KG.RelationStatement);
    quad(fact, RDF.subject.asNode(), s);
    quad(fact, RDF.predicate.asNode(), p);
    quad(fact, RDF.object.asNode(), o);
    quad(
        fact,
        KG.modality,
        switch (r.modality()) {
          case ASSERTED -> KG.Asserted;
          case INTENDED -> KG.Intended;
          case NEGATED -> KG.Negated;
          case QUESTIONED -> KG.Questioned;
          case CONDITIONAL -> KG.Conditional;
        });
    quad(fact, KG.confidence, decimal(BigDecimal.valueOf(r.confidence())));
    provenance.write(fact, r.provenance());
  }

  @Override
  public void api(ApiFacts facts) {
    new ApiFactsWriter(iris, doc, current.source(), this::describe, this::quad).write(facts);
  }

  @Override
  public void finish(Document document) {
    // A question mentions what is named in it, its answer what is named in the answer.
    for (Question q : questions) {
      mentionsWithin(questionNode(q.number()), q.provenance().span());
      if (q.answer() != null) {
        mentionsWithin(answerNode(q.number()), q.answerProvenance().span());
      }
    }
    current = null;
  }

  private void mentionsWithin(Node node, Span span) {
    for (Mention m : mentions) {
      if (span.contains(m.provenance().span())) {
        quad(node, KG.mentions, iris.entity(m.entity()));
      }
    }
  }

  /**
   * Writes an entity's type and names into this document's graph. The first label written stays the
   * entity's one canonical label in this graph; other versions add names only. The names are SKOS
   * labels only: skos:prefLabel is a sub-property of rdfs:label, and a copy as rdfs:label took a
   * quad per entity per paper.
   */
  private Node describe(Entity e) {
    Node node = iris.entity(e);
    String label = canonical.putIfAbsent(e.id(), e.label());
    if (label == null) {
      quad(node, RDF.type.asNode(), KG.classOf(e.type()));
      quad(node, SKOS.prefLabel.asNode(), string(e.label()));
      if (e.kind() != null && e.type() == EntityType.PROGRAM) {
        quad(node, KG.programKind, string(e.kind()));
      }
      if (e.type() == EntityType.COUNTRY) {
        quad(node, KG.isoCode, string(e.key().toUpperCase(Locale.ROOT)));
      }
      for (String id : e.sameAs()) {
        quad(node, OWL.sameAs.asNode(), NodeFactory.createURI(WIKIDATA + id));
      }
      EnglishNames.defaults()
          .labels(node, e)
          .forEach(t -> quad(t.getSubject(), t.getPredicate(), t.getObject()));
    } else if (!label.equals(e.label()) && described.add(e.id() + "\u0000" + e.label())) {
      quad(node, SKOS.altLabel.asNode(), string(e.label()));
    }
    for (String alt : e.altLabels()) {
      if (!alt.equals(canonical.get(e.id())) && described.add(e.id() + "\u0000" + alt)) {
        quad(node, SKOS.altLabel.asNode(), string(alt));
      }
    }
    return node;
  }

  private void quad(Node s, Node p, Node o) {
    out.quad(Quad.create(graph, s, p, o));
  }

  private static Node string(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node decimal(BigDecimal d) {
    return NodeFactory.createLiteralDT(
        d.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
  }
}
