package nl.kamergraaf.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.kamergraaf.ingest.Span;

/**
 * Splits Dutch text into sentences and tokens with CoreNLP's rule-based tokenizer and sentence
 * splitter (no statistical model), with character offsets into the text given.
 *
 * <p>CoreNLP has no Dutch tokenizer; its English one does well on Dutch once every normalisation is
 * switched off, except that it splits Dutch abbreviations ("mld.") from their full stop, which
 * {@link Abbreviations} repairs before sentences are split. Each line of the text is at least one
 * sentence: the normalised text has one paragraph per line.
 *
 * <pre>
 * DutchTokenizer tokenizer = DutchTokenizer.create();
 * for (CoreMap sentence : tokenizer.sentences(text)) {
 *   List&lt;CoreLabel&gt; tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
 * }
 * </pre>
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class DutchTokenizer {
  /**
   * Keep every character as written (no PTB escaping, quotes, dashes or currency symbols
   * rewritten), keep hyphenated words whole ("NAVO-norm") and keep characters CoreNLP does not know
   * as tokens of their own.
   */
  static final String TOKENIZER_OPTIONS =
      "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
          + "normalizeOtherBrackets=false,normalizeCurrency=false,normalizeFractions=false,"
          + "normalizeAmpersandEntity=false,americanize=false,splitHyphenated=false,"
          + "splitAssimilations=false,quotes=original,ellipses=original,dashes=original,"
          + "untokenizable=noneKeep";

  // The PTB lexer is used directly rather than through TokenizerAnnotator, which in CoreNLP 4.5
  // splits sentences itself, before the abbreviations could be repaired.
  private final TokenizerFactory<CoreLabel> lexer;
  private final WordsToSentencesAnnotator splitter;
  private final Abbreviations abbreviations;

  private DutchTokenizer(Abbreviations abbreviations) {
    // tokenizeNLs: newline tokens tell the splitter where the paragraphs end.
    this.lexer =
        PTBTokenizer.factory(new CoreLabelTokenFactory(), "tokenizeNLs," + TOKENIZER_OPTIONS);
    Properties props = new Properties();
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.splitter = new WordsToSentencesAnnotator(props);
    this.abbreviations = abbreviations;
  }

  /** A tokenizer with the bundled abbreviation list. */
  public static DutchTokenizer create() {
    return new DutchTokenizer(Abbreviations.load());
  }

  /** The tokens of {@code text}, newlines dropped, offsets into {@code text}. */
  public List<CoreLabel> tokens(String text) {
    return withoutNewlines(rawTokens(text, 0));
  }

  /**
   * The sentences of {@code text}; each has {@code TokensAnnotation}, {@code TextAnnotation} and
   * character offsets into {@code text}.
   */
  public List<CoreMap> sentences(String text) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.TokensAnnotation.class, rawTokens(text, 0));
    splitter.annotate(doc);
    return doc.get(CoreAnnotations.SentencesAnnotation.class);
  }

  /** Sentences exactly as the given spans of {@code text}, each tokenized on its own. */
  public List<CoreMap> sentences(String text, List<Span> spans) {
    List<CoreMap> out = new ArrayList<>(spans.size());
    int tokenIndex = 0;
    for (Span span : spans) {
      List<CoreLabel> tokens = withoutNewlines(rawTokens(span.of(text), span.start()));
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TextAnnotation.class, span.of(text));
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, span.start());
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, span.end());
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex);
      tokenIndex += tokens.size();
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
      out.add(sentence);
    }
    return out;
  }

  /** The sentences of {@code text} as spans with their tokens. */
  public List<Sentence> split(String text) {
    return asSentences(sentences(text));
  }

  /** CoreNLP sentences as spans with their tokens. */
  public static List<Sentence> asSentences(List<CoreMap> sentences) {
    List<Sentence> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      out.add(
          new Sentence(
              new Span(
                  s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                  s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
              s.get(CoreAnnotations.TokensAnnotation.class)));
    }
    return out;
  }

  /** The spans of the sentences of {@code text}. */
  public List<Span> sentenceSpans(String text) {
    List<Span> spans = new ArrayList<>();
    for (CoreMap sentence : sentences(text)) {
      spans.add(
          new Span(
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }
    return spans;
  }

  private List<CoreLabel> rawTokens(String text, int offset) {
    List<CoreLabel> tokens = lexer.getTokenizer(new StringReader(text)).tokenize();
    for (CoreLabel token : tokens) {
      token.set(
          CoreAnnotations.IsNewlineAnnotation.class,
          AbstractTokenizer.NEWLINE_TOKEN.equals(token.word()));
      if (offset != 0) {
        token.setBeginPosition(token.beginPosition() + offset);
        token.setEndPosition(token.endPosition() + offset);
      }
    }
    return abbreviations.merge(tokens);
  }

  private static List<CoreLabel> withoutNewlines(List<CoreLabel> tokens) {
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      if (!Boolean.TRUE.equals(token.get(CoreAnnotations.IsNewlineAnnotation.class))) {
        token.setIndex(out.size() + 1);
        out.add(token);
      }
    }
    return out;
  }
}
