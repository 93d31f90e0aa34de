package nl.kamergraaf.serve.limits;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The served form of a query: every function that takes a regular expression bounded ({@link
 * BoundedRegex}), and every function or aggregate that can make text longer than it was given
 * checked ({@link BoundedValues}). The query is copied, never serialised; other expressions are
 * left as they were, so that Jena's optimiser still sees its equalities and filters.
 */
final class QueryBounds {
  private QueryBounds() {}

  static Query apply(Query query) {
    return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Bounding());
  }

  private static final class Bounding extends ExprTransformCopy {
    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
      Expr copy = super.transform(func, arg);
      return grows(func) ? BoundedValues.checked(copy) : copy;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
      String regex = BoundedRegex.boundedIri(func);
      Expr copy = regex != null ? new E_Function(regex, args) : super.transform(func, args);
      return grows(func) ? BoundedValues.checked(copy) : copy;
    }

    @Override
    public Expr transform(ExprAggregator aggregate) {
      Aggregator bounded = BoundedGroupConcat.of(aggregate.getAggregator());
      return bounded == null
          ? super.transform(aggregate)
          : new ExprAggregator(aggregate.getVar(), bounded);
    }
  }

  /** Functions whose text can be longer than their arguments' (any named by IRI, to be safe). */
  private static boolean grows(ExprFunction func) {
    return func instanceof E_StrConcat
        || func instanceof E_StrReplace
        || func instanceof E_StrUpperCase
        || func instanceof E_StrLowerCase
        || func instanceof E_StrEncodeForURI
        || func instanceof E_Function f && !f.getFunctionIRI().equals(BoundedRegex.MATCH_IRI);
  }
}
