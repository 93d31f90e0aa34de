package nl.kamergraaf.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.kamergraaf.ingest.Span;

/**
 * Splits Dutch text into sentences of tokens with CoreNLP's tokenizer and sentence splitter.
 *
 * <p>CoreNLP has no Dutch models; its rule-based English tokenizer, kept from rewriting the
 * text (no PTB escaping, quotes and dashes as written, hyphenated words whole), serves Dutch
 * well. Every line is a paragraph (ingest makes it so), so a newline always ends a sentence.
 * Tokens carry character offsets into the text they were given.
 */
public final class Sentences {
  private final StanfordCoreNLP pipeline;

  public Sentences() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options",
        "invertible=true,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
            + "splitHyphenated=false,splitAssimilations=false,quotes=original,ellipses=original,"
            + "dashes=original,untokenizable=noneKeep,normalizeCurrency=false,americanize=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.pipeline = new StanfordCoreNLP(props, false);
  }

  /** The sentences of {@code text}, each a list of tokens with offsets into {@code text}. */
  public List<Sentence> split(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new Sentence(new Span(begin, end), tokens));
    }
    return AbbreviationRepair.merge(out, text);
  }

  /** A sentence: its span in the text and its tokens. */
  public record Sentence(Span span, List<CoreLabel> tokens) {}
}
