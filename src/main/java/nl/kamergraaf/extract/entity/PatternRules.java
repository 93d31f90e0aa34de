package nl.kamergraaf.extract.entity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.rules.RuleFile;
import nl.kamergraaf.ingest.Span;

/**
 * A file of TokensRegex rules (see {@code rules/persons.rules}): each rule names its id and
 * captures a {@code $name} group and optionally a {@code $role} group.
 */
public final class PatternRules {
  private final List<Rule> rules;
  private final Pattern trigger;

  private PatternRules(List<Rule> rules, Pattern trigger) {
    this.rules = rules;
    this.trigger = trigger;
  }

  /** A compiled rule. */
  public record Rule(String id, TokenSequencePattern pattern) {}

  /** One match: the rule, the whole match's span, the name's span and the role's span (or null). */
  public record Match(String rule, Span whole, Span name, Span role) {}

  public static PatternRules load(String resource) {
    Env env = TokenSequencePattern.getNewEnv();
    List<Rule> rules = new ArrayList<>();
    Pattern trigger = null;
    for (RuleFile.Line line : RuleFile.at(resource).lines()) {
      String l = line.stripped();
      try {
        if (l.startsWith("@trigger")) {
          trigger = Pattern.compile(l.substring(l.indexOf('=') + 1).strip());
        } else if (l.startsWith("$")) {
          int eq = l.indexOf('=');
          env.bind(
              l.substring(0, eq).strip(),
              TokenSequencePattern.compile(env, l.substring(eq + 1).strip()));
        } else {
          String[] parts = line.text().split("\t", 2);
          if (parts.length != 2) {
            throw new ExtractException("expected 'rule-id<TAB>pattern'");
          }
          rules.add(
              new Rule(parts[0].strip(), TokenSequencePattern.compile(env, parts[1].strip())));
        }
      } catch (RuntimeException e) {
        throw new ExtractException(line.where() + ": bad rule: " + e.getMessage(), e);
      }
    }
    return new PatternRules(List.copyOf(rules), trigger);
  }

  /** All matches of all rules in one sentence's tokens; {@code text} is the sentence's text. */
  public List<Match> match(List<CoreLabel> tokens, String text) {
    List<Match> out = new ArrayList<>();
    if (trigger != null && !trigger.matcher(text).find()) {
      return out;
    }
    for (Rule rule : rules) {
      TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
      while (m.find()) {
        Span name = span(m.groupNodes("$name"));
        if (name != null) {
          out.add(new Match(rule.id(), span(m.groupNodes()), name, span(m.groupNodes("$role"))));
        }
      }
    }
    return out;
  }

  private static Span span(List<? extends CoreMap> nodes) {
    if (nodes == null || nodes.isEmpty()) {
      return null;
    }
    int start = nodes.get(0).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = nodes.get(nodes.size() - 1).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Span(start, end);
  }
}
