package nl.kamergraaf.serve.limits;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * {@code REGEX} with a bound on the work of one match. Jena's timeout is checked between rows,
 * but one match of a pattern such as {@code (.*a){12}} on a long quote can run for minutes.
 * Served queries have each {@code REGEX} replaced by this function, which matches the same way
 * (Java's regular expressions, the SPARQL flags) on a text that allows {@value #READS_PER_MATCH}
 * character reads per match, tens of milliseconds; past that the query ends as on timeout.
 */
public final class BoundedRegex extends FunctionBase {
  /** Far above what a linear or quadratic pattern reads on the longest literal in the store. */
  public static final long READS_PER_MATCH = 20_000_000L;
  static final String IRI = "urn:x-kamergraaf:function:bounded-regex";

  static {
    FunctionRegistry.get().put(IRI, BoundedRegex.class);
  }

  /** The pattern, compiled once when pattern and flags are constants. */
  private Pattern fixed;

  /** False when the query text cannot hold a {@code REGEX} call, so it need not be rewritten. */
  public static boolean mayHaveRegex(String queryText) {
    return queryText == null || queryText.toUpperCase(java.util.Locale.ROOT).contains("REGEX");
  }

  /**
   * The query with every {@code REGEX(...)} in it bounded; the same query if it has none. The
   * query is copied, never serialised or changed: with {@code toString()} called on the query
   * Fuseki then ran, a timed-out query kept the CPU busy for longer (seen in QueryTimeoutTest).
   */
  public static Query bound(Query query) {
    boolean[] found = {false};
    Query copy = QueryTransformOps.transform(query, new ElementTransformCopyBase(),
        new ExprTransformCopy() {
          @Override
          public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
              found[0] = true;
              return new E_Function(IRI, args);
            }
            return super.transform(func, args);
          }
        });
    return found[0] ? copy : query;
  }

  @Override
  public void checkBuild(String uri, ExprList args) {
    if (args.size() != 2 && args.size() != 3) {
      throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
    }
    boolean constant = args.getList().subList(1, args.size()).stream().allMatch(Expr::isConstant);
    if (constant) {
      NodeValue flags = args.size() == 3 ? args.get(2).getConstant() : null;
      fixed = pattern(args.get(1).getConstant(), flags);
    }
  }

  @Override
  public NodeValue exec(List<NodeValue> args) {
    Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
    Pattern p = fixed != null ? fixed : pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
    CountedText counted = new CountedText(text.getLiteralLexicalForm(), READS_PER_MATCH);
    return NodeValue.makeBoolean(p.matcher(counted).find());
  }

  private static Pattern pattern(NodeValue pattern, NodeValue flags) {
    if (!pattern.isString() || (flags != null && !flags.isString())) {
      throw new ExprEvalException("REGEX: pattern and flags must be strings");
    }
    return RegexEngine.makePattern("REGEX", pattern.getString(),
        flags == null ? null : flags.getString());
  }
}
