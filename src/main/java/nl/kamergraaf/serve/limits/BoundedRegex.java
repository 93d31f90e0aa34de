package nl.kamergraaf.serve.limits;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * {@code REGEX} and {@code REPLACE} (by any of their names) with a bound on the work of one text.
 * Jena's timeout is checked between rows, but one match of a pattern such as {@code (.*a){12}x} on
 * a long quote can run for minutes. Served queries have each call replaced by a function that
 * matches the same way (Java's regular expressions, the SPARQL flags) on a text that allows {@value
 * #READS_PER_MATCH} character reads, tens of milliseconds; past that the query ends as on timeout.
 */
public final class BoundedRegex {
  /** Far above what a linear or quadratic pattern reads on the longest literal in the store. */
  public static final long READS_PER_MATCH = 20_000_000L;

  static final String MATCH_IRI = "urn:x-kamergraaf:function:bounded-regex";
  static final String REPLACE_IRI = "urn:x-kamergraaf:function:bounded-replace";

  /**
   * The other names of the same two functions: XPath's {@code fn:matches} and {@code fn:replace},
   * and SPARQL's own function IRIs. Same arguments, same Java patterns; left as they were, one call
   * ran past its query's timeout for a minute.
   */
  private static final Map<String, String> BY_FUNCTION_IRI =
      Map.of(
          "http://www.w3.org/2005/xpath-functions#matches", MATCH_IRI,
          "http://www.w3.org/ns/sparql#regex", MATCH_IRI,
          "http://www.w3.org/2005/xpath-functions#replace", REPLACE_IRI,
          "http://www.w3.org/ns/sparql#replace", REPLACE_IRI);

  static {
    FunctionRegistry.get().put(MATCH_IRI, Match.class);
    FunctionRegistry.get().put(REPLACE_IRI, Replace.class);
  }

  private BoundedRegex() {}

  /**
   * The query with every {@code REGEX(...)} and {@code REPLACE(...)} bounded; the same query if it
   * has none. The query is copied, never serialised or changed: with {@code toString()} called on
   * the query Fuseki then ran, a timed-out query kept the CPU busy for longer (seen in
   * QueryTimeoutTest).
   */
  public static Query bound(Query query) {
    boolean[] found = {false};
    Query copy =
        QueryTransformOps.transform(
            query,
            new ElementTransformCopyBase(),
            new ExprTransformCopy() {
              @Override
              public Expr transform(ExprFunctionN func, ExprList args) {
                String iri = boundedIri(func);
                if (iri == null) {
                  return super.transform(func, args);
                }
                found[0] = true;
                return new E_Function(iri, args);
              }
            });
    return found[0] ? copy : query;
  }

  /** The IRI of the bounded function that replaces {@code func}, or null if it takes no pattern. */
  static String boundedIri(ExprFunctionN func) {
    return func instanceof E_Regex
        ? MATCH_IRI
        : func instanceof E_StrReplace
            ? REPLACE_IRI
            : func instanceof E_Function f ? BY_FUNCTION_IRI.get(f.getFunctionIRI()) : null;
  }

  /** Every match of {@code pattern} in {@code text} is found within the bound, or this throws. */
  static void findAllWithinBound(Pattern pattern, String text) {
    Matcher m = pattern.matcher(new CountedText(text, READS_PER_MATCH));
    while (m.find()) {
      // Reading is the work; the matches themselves are made again by the caller.
    }
  }

  /** A pattern function: the pattern compiled once when it and its flags are constants. */
  private abstract static class PatternFunction extends FunctionBase {
    final String name;
    private final int patternArg;
    private final int flagsArg;
    private Pattern fixed;

    PatternFunction(String name, int patternArg, int flagsArg) {
      this.name = name;
      this.patternArg = patternArg;
      this.flagsArg = flagsArg;
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
      if (args.size() != flagsArg && args.size() != flagsArg + 1) {
        throw new QueryBuildException(
            name + " takes " + flagsArg + " or " + (flagsArg + 1) + " arguments");
      }
      Expr pattern = args.get(patternArg);
      Expr flags = args.size() > flagsArg ? args.get(flagsArg) : null;
      if (pattern.isConstant() && (flags == null || flags.isConstant())) {
        fixed = pattern(pattern.getConstant(), flags == null ? null : flags.getConstant());
      }
    }

    Pattern patternOf(List<NodeValue> args) {
      return fixed != null
          ? fixed
          : pattern(args.get(patternArg), args.size() > flagsArg ? args.get(flagsArg) : null);
    }

    private Pattern pattern(NodeValue pattern, NodeValue flags) {
      if (!pattern.isString() || (flags != null && !flags.isString())) {
        throw new ExprEvalException(name + ": pattern and flags must be strings");
      }
      return RegexEngine.makePattern(
          name, pattern.getString(), flags == null ? null : flags.getString());
    }
  }

  /** {@code REGEX(text, pattern [, flags])}, bounded. */
  public static final class Match extends PatternFunction {
    public Match() {
      super("REGEX", 1, 2);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
      Node text = NodeValueOps.checkAndGetStringLiteral(name, args.get(0));
      CountedText counted = new CountedText(text.getLiteralLexicalForm(), READS_PER_MATCH);
      return NodeValue.makeBoolean(patternOf(args).matcher(counted).find());
    }
  }

  /**
   * {@code REPLACE(text, pattern, replacement [, flags])}, bounded: every match is first found on
   * the counted text, then Jena replaces them, so the answer is Jena's own.
   */
  public static final class Replace extends PatternFunction {
    public Replace() {
      super("REPLACE", 1, 3);
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
      Node text = NodeValueOps.checkAndGetStringLiteral(name, args.get(0));
      Pattern pattern = patternOf(args);
      findAllWithinBound(pattern, text.getLiteralLexicalForm());
      return XSDFuncOp.strReplace(args.get(0), pattern, args.get(2));
    }
  }
}
