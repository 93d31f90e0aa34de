package nl.kamergraaf.extract.quantity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.ParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Interval;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.rules.RuleFile;
import nl.kamergraaf.ingest.Span;

/**
 * A TokensRegex rule file on the classpath, compiled with the variables of {@link QuantityLexicon},
 * that turns a sentence into {@link RuleMatch}es.
 */
final class QuantityRules {
  static final String QUANTITIES = "/nl/kamergraaf/extract/rules/quantities.rules";
  static final String PERIODS = "/nl/kamergraaf/extract/rules/quantities-periods.rules";

  private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

  private final String resource;
  private final CoreMapExpressionExtractor<MatchedExpression> extractor;
  private final QuantityNumbers numbers;

  private QuantityRules(
      String resource,
      CoreMapExpressionExtractor<MatchedExpression> extractor,
      QuantityNumbers numbers) {
    this.resource = resource;
    this.extractor = extractor;
    this.numbers = numbers;
  }

  /** Reads and compiles {@code resource}; a rule that does not compile names its line. */
  static QuantityRules load(String resource, QuantityLexicon lexicon) {
    Env env = TokenSequencePattern.getNewEnv();
    // Dutch capitalises freely at the start of a sentence and in headings: ignore case.
    env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // match() types number tokens in this annotation; the rules read it as "numerictype".
    env.bind("numerictype", CoreAnnotations.NumericTypeAnnotation.class);
    for (QuantityLexicon.Category category : QuantityLexicon.Category.values()) {
      if (category.variable != null) {
        env.bind(category.variable, TokenSequencePattern.compile(env, lexicon.pattern(category)));
      }
    }
    CoreMapExpressionExtractor<MatchedExpression> extractor =
        RuleFile.at(resource).read(reader -> compile(resource, env, reader));
    return new QuantityRules(resource, extractor, new QuantityNumbers(lexicon));
  }

  private static CoreMapExpressionExtractor<MatchedExpression> compile(
      String resource, Env env, Reader reader) {
    try {
      @SuppressWarnings("unchecked")
      CoreMapExpressionExtractor<MatchedExpression> extractor =
          new TokenSequenceParser().getExpressionExtractor(env, reader);
      return extractor;
    } catch (ParseException e) {
      // The parser's Token class is not public; its message says "at line L, column C".
      Matcher at = LINE_COLUMN.matcher(String.valueOf(e.getMessage()));
      String where = at.find() ? at.group(1) + ":" + at.group(2) : "1:1";
      throw new QuantityRulesException(
          resource
              + ":"
              + where
              + ": rule does not parse ("
              + firstLine(e.getMessage())
              + "); fix the rule, see CoreNLP SequenceMatchRules for the syntax",
          e);
    } catch (TokenSequenceParseException | RuntimeException e) {
      if (e instanceof QuantityRulesException q) {
        throw q;
      }
      throw new QuantityRulesException(
          resource + ": rule does not compile: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "no message" : message.lines().findFirst().orElse("");
  }

  /**
   * The matches in {@code sentence}. Sets each token's {@code NumericTypeAnnotation} to its {@link
   * QuantityNumbers.Type} (or removes it), which the rules match on.
   */
  List<RuleMatch> match(CoreMap sentence) {
    int n = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    return match(sentence, List.of(new QuantityWindows.Window(0, n)));
  }

  /**
   * The matches in {@code windows} of {@code sentence}, each matched on its own; as {@link
   * #match(CoreMap)} when no match can reach outside the windows (see {@link QuantityWindows}).
   */
  List<RuleMatch> match(CoreMap sentence, List<QuantityWindows.Window> windows) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel token : tokens) {
      QuantityNumbers.Type type = numbers.type(token.word());
      token.set(CoreAnnotations.NumericTypeAnnotation.class, type == null ? null : type.name());
    }
    List<RuleMatch> out = new ArrayList<>();
    for (QuantityWindows.Window window : windows) {
      CoreMap part =
          window.begin() == 0 && window.end() == tokens.size()
              ? sentence
              : part(sentence, tokens, window);
      List<CoreLabel> partTokens = part.get(CoreAnnotations.TokensAnnotation.class);
      for (MatchedExpression matched : extractor.extractExpressions(part)) {
        out.add(ruleMatch(matched, partTokens));
      }
    }
    return out;
  }

  /** The sentence cut down to {@code window}: its text and offsets kept, its tokens a slice. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CoreMap part(
      CoreMap sentence, List<CoreLabel> tokens, QuantityWindows.Window window) {
    CoreMap part = new ArrayCoreMap(sentence.size());
    for (Class key : sentence.keySet()) {
      part.set(key, sentence.get(key));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(window.begin(), window.end()));
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (first != null) {
      part.set(CoreAnnotations.TokenBeginAnnotation.class, first + window.begin());
      part.set(CoreAnnotations.TokenEndAnnotation.class, first + window.end());
    }
    return part;
  }

  private RuleMatch ruleMatch(MatchedExpression matched, List<CoreLabel> tokens) {
    Value<?> value = matched.getValue();
    if (!(value instanceof Expressions.CompositeValue composite)) {
      throw new QuantityRulesException(
          resource
              + ": rule matching '"
              + matched.getText()
              + "' must give a { rule: ... }"
              + " composite result");
    }
    Map<String, String> fields = new HashMap<>();
    for (String name : composite.getAttributes()) {
      Value<?> field = composite.getValue(name);
      if (field != null && field.get() != null) {
        fields.put(name, String.valueOf(field.get()));
      }
    }
    String rule = fields.get("rule");
    if (rule == null) {
      throw new QuantityRulesException(
          resource + ": rule matching '" + matched.getText() + "' gives no 'rule' id");
    }
    return new RuleMatch(rule, span(matched, tokens), fields);
  }

  private static Span span(MatchedExpression matched, List<CoreLabel> tokens) {
    Interval<Integer> chars = matched.getCharOffsets();
    if (chars != null) {
      return new Span(chars.getBegin(), chars.getEnd());
    }
    Interval<Integer> toks = matched.getTokenOffsets();
    return new Span(
        tokens.get(toks.getBegin()).beginPosition(), tokens.get(toks.getEnd() - 1).endPosition());
  }
}
