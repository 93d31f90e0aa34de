package nl.kamergraaf.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import nl.kamergraaf.ingest.Span;

/** A sentence: its span in the text and its tokens (with offsets into the same text). */
public record Sentence(Span span, List<CoreLabel> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
