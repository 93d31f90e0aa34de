package nl.kamergraaf.serve.limits;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * Jena's {@code GROUP_CONCAT} (plain or {@code DISTINCT}) with the length of its value counted as
 * rows come in: past {@link BoundedValues#MAX_VALUE_CHARS} the query ends. Jena makes the value;
 * this only counts, so answers are Jena's own.
 */
final class BoundedGroupConcat implements Aggregator {
  private final Aggregator jena;
  private final int separatorLength;

  private BoundedGroupConcat(Aggregator jena, String separator) {
    this.jena = jena;
    this.separatorLength = separator == null ? 1 : separator.length();
  }

  /** The bounded form of {@code aggregator}, or null if it is not a {@code GROUP_CONCAT}. */
  static Aggregator of(Aggregator aggregator) {
    if (aggregator instanceof AggGroupConcat g) {
      return new BoundedGroupConcat(g, g.getSeparator());
    }
    if (aggregator instanceof AggGroupConcatDistinct g) {
      return new BoundedGroupConcat(g, g.getSeparator());
    }
    return null;
  }

  @Override
  public Accumulator createAccumulator() {
    Accumulator inner = jena.createAccumulator();
    Expr expr = jena.getExprList().get(0);
    return new Accumulator() {
      private long chars;

      @Override
      public void accumulate(Binding binding, FunctionEnv env) {
        inner.accumulate(binding, env);
        try {
          NodeValue value = expr.eval(binding, env);
          chars += value.asString().length() + separatorLength;
        } catch (ExprEvalException e) {
          return; // Jena skips or fails the group the same way
        }
        BoundedValues.check(chars, null);
      }

      @Override
      public NodeValue getValue() {
        return inner.getValue();
      }
    };
  }

  @Override
  public Node getValueEmpty() {
    return jena.getValueEmpty();
  }

  @Override
  public String toPrefixString() {
    return jena.toPrefixString();
  }

  @Override
  public String key() {
    return jena.key();
  }

  @Override
  public String getName() {
    return jena.getName();
  }

  @Override
  public ExprList getExprList() {
    return jena.getExprList();
  }

  @Override
  public Aggregator copy(ExprList exprs) {
    return of(jena.copy(exprs));
  }

  @Override
  public Aggregator copyTransform(NodeTransform transform) {
    return of(jena.copyTransform(transform));
  }

  @Override
  public int hashCode() {
    return jena.hashCode();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BoundedGroupConcat b ? jena.equals(b.jena) : jena.equals(other);
  }

  @Override
  public boolean equals(Aggregator other, boolean bySyntax) {
    Aggregator bare = other instanceof BoundedGroupConcat b ? b.jena : other;
    return jena.equals(bare, bySyntax);
  }

  @Override
  public String asSparqlExpr(SerializationContext context) {
    return jena.asSparqlExpr(context);
  }
}
