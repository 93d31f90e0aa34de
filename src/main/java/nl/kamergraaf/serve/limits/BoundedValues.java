package nl.kamergraaf.serve.limits;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * A bound on the text a query builds. {@code CONCAT(?a, ?a)} nested 26 times is a kilobyte of query
 * and doubles a label to gigabytes; the server answered with 500 "Java heap space" after slowing
 * every other request down. Each value a query builds with a function that can make text longer
 * than it was given ({@code CONCAT}, {@code REPLACE}, case changes, {@code ENCODE_FOR_URI},
 * functions named by IRI, {@code GROUP_CONCAT}) is checked as it is made: one value may hold
 * {@value #MAX_VALUE_CHARS} characters, and the values of {@value #LARGE_VALUE_CHARS} characters or
 * more one query builds {@value #MAX_LARGE_CHARS} together. Past either the query ends with 503
 * ({@link ValueTooLargeException}), long before the heap is at risk. Small values (labels in a
 * filter) are not counted: they are short-lived.
 */
public final class BoundedValues {
  public static final int MAX_VALUE_CHARS = 1_000_000;
  public static final int LARGE_VALUE_CHARS = 10_000;
  public static final long MAX_LARGE_CHARS = 50_000_000;

  /** The context entry holding one query's {@link Budget}. */
  public static final Symbol BUDGET = Symbol.create("urn:x-kamergraaf:symbol:built-text-budget");

  static final String CHECK_IRI = "urn:x-kamergraaf:function:bounded-value";

  static {
    FunctionRegistry.get().put(CHECK_IRI, Check.class);
  }

  private BoundedValues() {}

  /** {@code expr}, checked each time it makes a value. */
  static Expr checked(Expr expr) {
    return new E_Function(CHECK_IRI, new ExprList(expr));
  }

  /** Characters of large values one query has built so far. */
  public static final class Budget {
    private final AtomicLong largeChars = new AtomicLong();

    void spend(long chars) {
      if (largeChars.addAndGet(chars) > MAX_LARGE_CHARS) {
        throw new ValueTooLargeException(
            "the long values it built came to more than " + MAX_LARGE_CHARS + " characters");
      }
    }
  }

  /** Checks a value of {@code chars} characters against both bounds. */
  static void check(long chars, Context context) {
    if (chars > MAX_VALUE_CHARS) {
      throw new ValueTooLargeException(
          "a value it built has more than " + MAX_VALUE_CHARS + " characters");
    }
    if (chars >= LARGE_VALUE_CHARS
        && context != null
        && context.get(BUDGET) instanceof Budget budget) {
      budget.spend(chars);
    }
  }

  /** The check itself: passes its argument's value on unchanged. */
  public static final class Check extends FunctionBase {
    @Override
    public void checkBuild(String uri, ExprList args) {
      if (args.size() != 1) {
        throw new QueryBuildException("the value check takes one argument");
      }
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
      return checked(args.get(0), env == null ? null : env.getContext());
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
      return checked(args.get(0), null);
    }

    private static NodeValue checked(NodeValue value, Context context) {
      if (value.isString() || value.isLangString()) {
        check(value.getString().length(), context);
      } else if (value.isIRI()) {
        check(value.asNode().getURI().length(), context);
      }
      return value;
    }
  }
}
