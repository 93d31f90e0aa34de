package nl.kamergraaf.extract;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Document;

/** What the extractor emits for one document, kept in lists for tests to look into. */
final class CollectedFacts implements FactSink {
  DocumentInfo info;
  final List<Mention> mentions = new ArrayList<>();
  final List<Question> questions = new ArrayList<>();
  final List<Relation> relations = new ArrayList<>();
  final List<Quantity> quantities = new ArrayList<>();

  static CollectedFacts of(DocumentExtractor extractor, Document doc) {
    CollectedFacts facts = new CollectedFacts();
    extractor.extract(doc, facts);
    return facts;
  }

  boolean mentioned(String id, String quote) {
    return mentions.stream()
        .anyMatch(m -> m.entity().id().equals(id) && m.provenance().quote().equals(quote));
  }

  /** An asserted relation between the entities with these ids. */
  boolean related(String subject, String predicate, String object) {
    return relations.stream()
        .anyMatch(
            r ->
                r.subject().id().equals(subject)
                    && r.predicate().equals(predicate)
                    && r.object().id().equals(object)
                    && r.modality() == Relation.Modality.ASSERTED);
  }

  @Override
  public void start(Document doc) {}

  @Override
  public void info(DocumentInfo info) {
    this.info = info;
  }

  @Override
  public void mention(Mention mention) {
    mentions.add(mention);
  }

  @Override
  public void question(Question question) {
    questions.add(question);
  }

  @Override
  public void quantity(Quantity quantity) {
    quantities.add(quantity);
  }

  @Override
  public void relation(Relation relation) {
    relations.add(relation);
  }

  @Override
  public void finish(Document doc) {}
}
