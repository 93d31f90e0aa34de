package nl.kamergraaf.serve.limits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Judges from its syntax alone whether a query may be expensive, so that such queries can be
 * kept to a lane of their own. Expensive: a triple pattern with nothing but variables, a
 * property path with {@code *} or {@code +} between two variables, {@code EXISTS}/{@code NOT EXISTS}/{@code MINUS},
 * or a group whose patterns share no variable (a cross product). Entity lookups and the contract
 * queries, whose patterns each name a property or class, are cheap.
 */
public final class QueryCost {
  private QueryCost() {}

  /** Whether {@code query} is judged expensive. */
  public static boolean isExpensive(Query query) {
    if (query.getQueryPattern() == null) {
      return false; // DESCRIBE <iri> without WHERE
    }
    Finder finder = new Finder();
    ElementWalker.walk(query.getQueryPattern(), finder);
    return finder.expensive;
  }

  private static final class Finder extends ElementVisitorBase {
    boolean expensive;

    @Override
    public void visit(ElementPathBlock block) {
      List<TriplePath> patterns = block.getPattern().getList();
      for (TriplePath p : patterns) {
        boolean openPredicate = p.isTriple() ? p.getPredicate().isVariable() : isOpenPath(p);
        if (p.getSubject().isVariable() && openPredicate && p.getObject().isVariable()) {
          expensive = true;
        }
        if (!p.isTriple() && isOpenPath(p)
            && p.getSubject().isVariable() && p.getObject().isVariable()) {
          expensive = true; // a closure from nowhere in particular to anywhere
        }
      }
      if (components(patterns) > 1) {
        expensive = true;
      }
    }

    @Override
    public void visit(ElementFilter filter) {
      expensive |= hasSubquery(filter.getExpr());
    }

    @Override
    public void visit(ElementExists el) {
      expensive = true;
    }

    @Override
    public void visit(ElementNotExists el) {
      expensive = true;
    }

    @Override
    public void visit(ElementMinus el) {
      expensive = true;
    }
  }

  private static boolean isOpenPath(TriplePath p) {
    String path = p.getPath().toString();
    return path.contains("*") || path.contains("+");
  }

  private static boolean hasSubquery(Expr expr) {
    if (expr instanceof ExprFunctionOp) {
      return true; // EXISTS or NOT EXISTS
    }
    if (expr instanceof ExprFunction f) {
      return f.getArgs().stream().anyMatch(QueryCost::hasSubquery);
    }
    return false;
  }

  /** How many groups of patterns the block falls into when patterns sharing a variable join. */
  private static int components(List<TriplePath> patterns) {
    List<Set<Node>> groups = new ArrayList<>();
    for (TriplePath p : patterns) {
      Set<Node> vars = new HashSet<>();
      for (Node n : new Node[] {p.getSubject(), p.isTriple() ? p.getPredicate() : null,
          p.getObject()}) {
        if (n != null && n.isVariable()) {
          vars.add(n);
        }
      }
      if (vars.isEmpty()) {
        continue; // a fully bound pattern is a yes/no check, not a join
      }
      Set<Node> merged = vars;
      for (var it = groups.iterator(); it.hasNext(); ) {
        Set<Node> group = it.next();
        if (group.stream().anyMatch(vars::contains)) {
          merged.addAll(group);
          it.remove();
        }
      }
      groups.add(merged);
    }
    return groups.size();
  }
}
