package nl.kamergraaf.extract;

import nl.kamergraaf.extract.api.ApiFacts;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Document;

/**
 * Receives the facts extracted from documents, one document at a time.
 *
 * <p>Calls come as {@code start(doc)}, any number of facts, {@code finish(doc)}. Every fact carries
 * its provenance in normalised-text positions; the sink maps them to the original through the
 * document's offset map.
 */
public interface FactSink {
  void start(Document doc);

  void info(DocumentInfo info);

  void mention(Mention mention);

  void question(Question question);

  void quantity(Quantity quantity);

  void relation(Relation relation);

  /** What the Tweede Kamer API says about the document (fetched papers); nothing by default. */
  default void api(ApiFacts facts) {}

  void finish(Document doc);
}
