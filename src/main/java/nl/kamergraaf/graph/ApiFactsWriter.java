package nl.kamergraaf.graph;

import static nl.kamergraaf.graph.Vocabularies.provWasDerivedFrom;

import java.time.LocalDate;
import java.util.function.Function;
import nl.kamergraaf.extract.api.ApiFacts;
import nl.kamergraaf.extract.api.Identified;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.ingest.api.ApiAddresses;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes what the Tweede Kamer API says about a document into its graph: its number, kind, date and
 * title as {@link KG#ApiStatement}s whose source is the API's Document, its actors ({@link
 * KG#DocumentActor}) with the persons, fracties and committees and their API ids ({@code
 * dcterms:identifier}, {@code rdfs:seeAlso} the entity's address), and for an answer to written
 * questions the question paper it answers, the days it took and whether it was late.
 *
 * <pre>
 * &lt;doc&gt; dcterms:date "2025-03-07"^^xsd:date ; kg:documentNumber "2025D25002" ; kg:actor &lt;doc/actor/1&gt; ;
 *       kg:answers &lt;id/doc/2025d20001&gt; ; kg:daysToAnswer 32 ; kg:answeredLate true .
 * &lt;doc/api/date&gt; a kg:ApiStatement ; rdf:subject &lt;doc&gt; ; rdf:predicate dcterms:date ; rdf:object … ;
 *       prov:wasDerivedFrom &lt;…/OData/v4/2.0/Document(…)&gt; ; kg:apiProperty "Document.Datum" .
 * </pre>
 */
final class ApiFactsWriter {
  /** Writes one quad into the document's graph. */
  interface Quads {
    void quad(Node s, Node p, Node o);
  }

  private final Iris iris;
  private final Node doc;
  private final String source;
  private final Function<Entity, Node> describe;
  private final Quads out;

  ApiFactsWriter(Iris iris, Node doc, String source, Function<Entity, Node> describe, Quads out) {
    this.iris = iris;
    this.doc = doc;
    this.source = source;
    this.describe = describe;
    this.out = out;
  }

  void write(ApiFacts f) {
    if (f.present()) {
      Node record = address("Document", f.documentId());
      out.quad(doc, RDFS.seeAlso.asNode(), record);
      boolean kamerstuk = !f.identifier().equals(f.number());
      statement(
          "identifier",
          DCTerms.identifier.asNode(),
          text(f.identifier()),
          record,
          kamerstuk ? "Kamerstukdossier.Nummer+Document.Volgnummer" : "Document.DocumentNummer");
      statement(
          "documentNumber", KG.documentNumber, text(f.number()), record, "Document.DocumentNummer");
      if (f.soort() != null) {
        statement("soort", KG.soort, text(f.soort()), record, "Document.Soort");
        statement("kind", KG.kind, KG.term(f.kind()), record, "Document.Soort");
      }
      if (f.date() != null) {
        statement("date", DCTerms.date.asNode(), date(f.date()), record, "Document.Datum");
      }
      if (f.title() != null) {
        statement("title", DCTerms.title.asNode(), text(f.title()), record, "Document.Onderwerp");
      }
      if (f.chamber() != null) {
        statement(
            "chamber", KG.chamber, describe.apply(f.chamber()), record, "Document.Organisatie");
      }
      for (String dossier : f.dossiers()) {
        statement(
            "dossier-" + dossier,
            KG.dossierNumber,
            text(dossier),
            record,
            "Kamerstukdossier.Nummer");
      }
      int n = 0;
      for (ApiFacts.Actor a : f.actors()) {
        actor(++n, a, record);
      }
      if (f.answers() != null) {
        answer(f.answers());
      }
    }
    for (Identified i : f.identified()) {
      Node entity = describe.apply(i.entity());
      out.quad(entity, DCTerms.identifier.asNode(), text(i.id()));
      out.quad(entity, RDFS.seeAlso.asNode(), address(i.set(), i.id()));
    }
  }

  private void actor(int n, ApiFacts.Actor a, Node record) {
    Node node = iris.fact(source, "actor", Integer.toString(n));
    out.quad(doc, KG.actor, node);
    out.quad(node, RDF.type.asNode(), KG.DocumentActor);
    out.quad(node, KG.agent, describe.apply(a.agent()));
    if (a.relation() != null) {
      out.quad(node, KG.actorRelation, text(a.relation()));
    }
    if (a.function() != null) {
      out.quad(node, KG.function, text(a.function()));
    }
    if (a.role() != null) {
      out.quad(node, KG.inRole, describe.apply(a.role()));
    }
    if (a.onBehalfOf() != null) {
      out.quad(node, KG.onBehalfOf, describe.apply(a.onBehalfOf()));
    }
    if (a.id() != null) {
      out.quad(node, DCTerms.identifier.asNode(), text(a.id()));
      out.quad(node, provWasDerivedFrom, address("DocumentActor", a.id()));
    } else {
      // an actor without its own id is known from the Document's record
      out.quad(node, provWasDerivedFrom, record);
    }
  }

  private void answer(ApiFacts.Answer a) {
    Node question = iris.document(a.questionNumber());
    Node zaak = address("Zaak", a.zaakId());
    out.quad(question, KG.answeredIn, doc);
    out.quad(question, KG.documentNumber, text(a.questionNumber()));
    statement("answers", KG.answers, question, zaak, "Zaak.Document");
    out.quad(doc, KG.daysToAnswer, Provenances.integer(a.days()));
    out.quad(doc, KG.answeredLate, bool(a.late()));
    out.quad(doc, KG.answerPostponed, bool(a.postponed()));
  }

  /** A statement about the document, reified with the API entity and property it comes from. */
  private void statement(String name, Node property, Node value, Node from, String apiProperty) {
    out.quad(doc, property, value);
    Node fact = iris.fact(source, "api", name);
    out.quad(fact, RDF.type.asNode(), KG.ApiStatement);
    out.quad(fact, RDF.subject.asNode(), doc);
    out.quad(fact, RDF.predicate.asNode(), property);
    out.quad(fact, RDF.object.asNode(), value);
    out.quad(fact, provWasDerivedFrom, from);
    out.quad(fact, KG.apiProperty, text(apiProperty));
  }

  private static Node address(String set, String id) {
    return NodeFactory.createURI(ApiAddresses.entity(set, id));
  }

  private static Node text(String s) {
    return NodeFactory.createLiteralString(s);
  }

  private static Node date(LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  private static Node bool(boolean b) {
    return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
  }
}
