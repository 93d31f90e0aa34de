package nl.kamergraaf.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.api.People;

/**
 * Extracts every fact of one document and emits it to a {@link FactSink}: it runs the {@link
 * Annotators} in order over the document and hands what they found to the sink (metadata, entity
 * mentions, questions and answers, amounts and percentages, relations).
 *
 * <p>A pure function of the document (and the rule and gazetteer files): the same document gives
 * the same facts. Loading the rules is the costly part: make one and reuse it. Not thread-safe (the
 * tokenizer keeps state): one per thread.
 *
 * <pre>
 * DocumentExtractor extractor = DocumentExtractor.load();
 * extractor.extract(document, new RdfFactWriter(Iris.defaults(), streamRdf));
 * </pre>
 */
public final class DocumentExtractor {
  private final List<Annotator> annotators;

  private DocumentExtractor(List<Annotator> annotators) {
    Annotator.checkOrder(annotators);
    this.annotators = annotators;
  }

  /** Loads the gazetteers and rules from the classpath. */
  public static DocumentExtractor load() {
    return load(People.NONE);
  }

  /** As {@link #load()}, with the members of the people tables among the names recognised. */
  public static DocumentExtractor load(People people) {
    return new DocumentExtractor(Annotators.standard(Gazetteer.load(), people));
  }

  public void extract(Document doc, FactSink sink) {
    Annotation a = new Annotation(doc);
    for (Annotator annotator : annotators) {
      annotator.annotate(a);
    }
    sink.start(doc);
    sink.info(a.info);
    sink.api(a.api);
    for (DocumentInfo.Signatory s : a.info.signatories()) {
      sink.mention(new Mention(s.person(), s.provenance()));
    }
    a.mentions.forEach(sink::mention);
    a.references.forEach(sink::mention);
    a.questions.forEach(sink::question);
    a.quantities.forEach(sink::quantity);
    distinct(a.relations).forEach(sink::relation);
    sink.finish(doc);
  }

  /** One statement per (subject, predicate, object, span): two rules may find the same one. */
  private static List<Relation> distinct(List<Relation> relations) {
    Map<String, Relation> byKey = new LinkedHashMap<>();
    for (Relation r : relations) {
      byKey.putIfAbsent(
          r.subject().id()
              + "|"
              + r.predicate()
              + "|"
              + r.object().id()
              + "|"
              + r.provenance().span(),
          r);
    }
    return List.copyOf(byKey.values());
  }
}
