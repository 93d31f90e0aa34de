package nl.kamergraaf.extract;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.api.ApiFacts;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Quantity;
import nl.kamergraaf.extract.model.Question;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.nlp.Sentence;
import nl.kamergraaf.ingest.Document;

/**
 * What extraction has found in one document so far, layer by layer ({@link Annotator.Layer}): each
 * annotator reads the layers it requires and sets or refines the ones it produces. Lives for one
 * call of {@link DocumentExtractor#extract}; not shared between threads.
 */
final class Annotation {
  final Document doc;

  /** TOKENS: CoreNLP's sentences of tokens, and the same as our sentences. */
  List<CoreMap> tokens = List.of();

  List<Sentence> sentences = List.of();

  /** MENTIONS: by position. */
  List<Mention> mentions = List.of();

  /** INFO: the paper's metadata, the API's where it has some. */
  DocumentInfo info;

  /** API: the API's record of the paper ({@link ApiFacts#NONE} without one). */
  ApiFacts api = ApiFacts.NONE;

  /** QUESTIONS: the written questions and their answers. */
  List<Question> questions = List.of();

  /** RELATIONS: every statement found, possibly the same one twice (the extractor keeps one). */
  final List<Relation> relations = new ArrayList<>();

  /** QUANTITIES: amounts and percentages with what they are tied to. */
  List<Quantity> quantities = List.of();

  /** REFERENCES: words that refer back to a programme named before ("deze lening"). */
  List<Mention> references = List.of();

  Annotation(Document doc) {
    this.doc = doc;
  }

  String text() {
    return doc.text();
  }
}
