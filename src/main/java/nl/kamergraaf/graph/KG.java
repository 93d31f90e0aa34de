package nl.kamergraaf.graph;

import nl.kamergraaf.extract.metadata.DocumentKinds;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The kamergraaf vocabulary: constants mirroring {@code ontology/kamergraaf.ttl}.
 *
 * <p>A test checks that every term here is declared in the ontology.
 */
public final class KG {
  public static final String NS = "https://w3id.org/kamergraaf/def#";

  public static final Node Document = term("Document");
  public static final Node DocumentKind = term("DocumentKind");
  public static final Node Section = term("Section");
  public static final Node Question = term("Question");
  public static final Node Answer = term("Answer");
  public static final Node Footnote = term("Footnote");
  public static final Node Signature = term("Signature");
  public static final Node Entity = term("Entity");
  public static final Node Fact = term("Fact");
  public static final Node Mention = term("Mention");
  public static final Node Amount = term("Amount");
  public static final Node Percentage = term("Percentage");
  public static final Node RelationStatement = term("RelationStatement");
  public static final Node Restatement = term("Restatement");
  public static final Node Asserted = term("Asserted");
  public static final Node Intended = term("Intended");
  public static final Node Negated = term("Negated");
  public static final Node Questioned = term("Questioned");
  public static final Node Conditional = term("Conditional");

  public static final Node sourceFile = term("sourceFile");
  public static final Node kind = term("kind");
  public static final Node concerns = term("concerns");
  public static final Node committee = term("committee");
  public static final Node chamber = term("chamber");
  public static final Node signature = term("signature");
  public static final Node signer = term("signer");
  public static final Node inRole = term("inRole");
  public static final Node section = term("section");
  public static final Node question = term("question");
  public static final Node footnote = term("footnote");
  public static final Node inDocument = term("inDocument");
  public static final Node meetingDate = term("meetingDate");
  public static final Node place = term("place");
  public static final Node number = term("number");
  public static final Node numbered = term("numbered");
  public static final Node askedBy = term("askedBy");
  public static final Node answeredBy = term("answeredBy");
  public static final Node answer = term("answer");
  public static final Node inSection = term("inSection");
  public static final Node fraction = term("fraction");
  public static final Node seeAlso = term("seeAlso");
  public static final Node mentions = term("mentions");
  public static final Node text = term("text");
  public static final Node isoCode = term("isoCode");
  public static final Node programKind = term("programKind");
  public static final Node extractedBy = term("extractedBy");
  public static final Node confidence = term("confidence");
  public static final Node modality = term("modality");
  public static final Node maxValue = term("maxValue");
  public static final Node percentage = term("percentage");
  public static final Node shareOf = term("shareOf");
  public static final Node perYear = term("perYear");
  public static final Node subject = term("subject");
  public static final Node program = term("program");
  public static final Node period = term("period");
  public static final Node recipient = term("recipient");
  public static final Node restates = term("restates");
  public static final Node partOfTotal = term("partOfTotal");
  public static final Node subjectReadBy = term("subjectReadBy");
  public static final Node programReadBy = term("programReadBy");
  public static final Node recipientReadBy = term("recipientReadBy");
  // Where a fact's span starts in a PDF, Word or HTML file (on the position selector).
  public static final Node page = term("page");
  public static final Node paragraph = term("paragraph");
  public static final Node footnoteLabel = term("footnoteLabel");
  public static final Node offset = term("offset");
  // The compact provenance of a fact (see Provenances and MentionGroups).
  public static final Node start = term("start");
  public static final Node end = term("end");
  public static final Node exact = term("exact");
  public static final Node span = term("span");
  // What the Tweede Kamer open-data API says about a document (kamergraaf fetch).
  public static final Node ApiStatement = term("ApiStatement");
  public static final Node DocumentActor = term("DocumentActor");
  public static final Node documentNumber = term("documentNumber");
  public static final Node soort = term("soort");
  public static final Node dossierNumber = term("dossierNumber");
  public static final Node apiProperty = term("apiProperty");
  public static final Node actor = term("actor");
  public static final Node agent = term("agent");
  public static final Node actorRelation = term("actorRelation");
  public static final Node function = term("function");
  public static final Node onBehalfOf = term("onBehalfOf");
  public static final Node answers = term("answers");
  public static final Node answeredIn = term("answeredIn");
  public static final Node daysToAnswer = term("daysToAnswer");
  public static final Node answeredLate = term("answeredLate");
  public static final Node answerPostponed = term("answerPostponed");

  private KG() {}

  /** The class or property with this local name, e.g. {@code term("co-leads")}. */
  public static Node term(String localName) {
    return NodeFactory.createURI(NS + localName);
  }

  /** The ontology class of an entity type, e.g. {@code kg:Program}. */
  public static Node classOf(EntityType type) {
    return term(type.className());
  }

  /**
   * The document-kind concept for a kind label such as "brief" (document-kinds.tsv); others are
   * OtherKind's.
   */
  public static Node documentKind(String label) {
    return term(DocumentKinds.concept(label));
  }
}
