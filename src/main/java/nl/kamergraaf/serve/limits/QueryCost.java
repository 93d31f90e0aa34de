package nl.kamergraaf.serve.limits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpAntiJoin;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSemiJoin;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;

/**
 * Judges from its algebra whether a query may be expensive, so that such queries can be kept to a
 * lane of their own. Expensive: a triple pattern with nothing but variables, a property path with
 * {@code *} or {@code +} between two variables, {@code EXISTS}/{@code NOT EXISTS}/{@code MINUS}, or
 * a cross product: patterns, groups, {@code OPTIONAL}s or subqueries joined although they share no
 * variable (one side a single row aside, such as a {@code BIND} or a count). Judging the algebra
 * rather than the syntax sees a product however it is written: as patterns of one group, as
 * separate {@code { }} groups, or as subqueries. Entity lookups and the contract queries, whose
 * patterns each name a property or class, are cheap.
 */
public final class QueryCost {
  private QueryCost() {}

  /** Whether {@code query} is judged expensive. */
  public static boolean isExpensive(Query query) {
    if (query.getQueryPattern() == null) {
      return false; // DESCRIBE <iri> without WHERE
    }
    return isExpensive(Algebra.compile(query));
  }

  /** Whether the algebra {@code op} is judged expensive. */
  public static boolean isExpensive(Op op) {
    if (op instanceof OpBGP || op instanceof OpJoin || op instanceof OpSequence) {
      // A group: its patterns and parts, wherever the algebra split them, join as one.
      List<Op> parts = new ArrayList<>();
      List<Set<Var>> vars = new ArrayList<>();
      flattenGroup(op, parts, vars);
      if (components(parts, vars) > 1) {
        return true;
      }
      return parts.stream().anyMatch(QueryCost::isExpensiveAlone);
    }
    return isExpensiveAlone(op);
  }

  /** The verdict on one part that is not a group, then on what it holds. */
  private static boolean isExpensiveAlone(Op op) {
    if (op instanceof OpTriple t) {
      return allVariables(t.getTriple());
    }
    if (op instanceof OpBGP bgp) {
      return bgp.getPattern().getList().stream().anyMatch(QueryCost::allVariables);
    }
    if (op instanceof OpPath path) {
      TriplePath p = path.getTriplePath();
      // a closure from nowhere in particular to anywhere
      return isOpenPath(p) && p.getSubject().isVariable() && p.getObject().isVariable();
    }
    if (op instanceof OpMinus || op instanceof OpSemiJoin || op instanceof OpAntiJoin) {
      return true;
    }
    if (op instanceof OpFilter filter
        && filter.getExprs().getList().stream().anyMatch(QueryCost::hasSubquery)) {
      return true;
    }
    if (op instanceof OpLeftJoin join
        && components(
                List.of(join.getLeft(), join.getRight()),
                List.of(OpVars.visibleVars(join.getLeft()), OpVars.visibleVars(join.getRight())))
            > 1) {
      return true;
    }
    if (op instanceof Op1 one) {
      return isExpensive(one.getSubOp());
    }
    if (op instanceof Op2 two) {
      return isExpensive(two.getLeft()) || isExpensive(two.getRight());
    }
    if (op instanceof OpN many) {
      return many.getElements().stream().anyMatch(QueryCost::isExpensive);
    }
    return false;
  }

  /**
   * The parts of a group: each triple of its basic patterns, and each other part of its joins and
   * sequences, with the variables each can bind.
   */
  private static void flattenGroup(Op op, List<Op> parts, List<Set<Var>> vars) {
    if (op instanceof OpBGP bgp) {
      for (Triple t : bgp.getPattern().getList()) {
        parts.add(new OpTriple(t));
        vars.add(OpVars.visibleVars(new OpTriple(t)));
      }
    } else if (op instanceof OpJoin join) {
      flattenGroup(join.getLeft(), parts, vars);
      flattenGroup(join.getRight(), parts, vars);
    } else if (op instanceof OpSequence sequence) {
      sequence.getElements().forEach(e -> flattenGroup(e, parts, vars));
    } else {
      parts.add(op);
      vars.add(OpVars.visibleVars(op));
    }
  }

  private static boolean allVariables(Triple t) {
    return t.getSubject().isVariable()
        && t.getPredicate().isVariable()
        && t.getObject().isVariable();
  }

  private static boolean isOpenPath(TriplePath p) {
    if (p.isTriple()) {
      return false;
    }
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

  /** A part that gives at most one row: a one-row table, a count, a {@code LIMIT 1}. */
  private static boolean isSingleRow(Op op) {
    if (op instanceof OpTable table) {
      return table.getTable().size() <= 1;
    }
    if (op instanceof OpExtend extend) {
      return isSingleRow(extend.getSubOp());
    }
    if (op instanceof OpAssign assign) {
      return isSingleRow(assign.getSubOp());
    }
    if (op instanceof OpProject project) {
      return isSingleRow(project.getSubOp());
    }
    if (op instanceof OpSlice slice) {
      return slice.getLength() >= 0 && slice.getLength() <= 1 || isSingleRow(slice.getSubOp());
    }
    if (op instanceof OpGroup group) {
      return group.getGroupVars().isEmpty();
    }
    return false;
  }

  /**
   * Into how many groups the parts fall when parts sharing a variable join: more than one means a
   * product of rows that have nothing to do with each other. Parts of at most one row (a {@code
   * BIND}, a count) and parts with no variable (a yes/no check) join anything cheaply.
   */
  private static int components(List<Op> parts, List<Set<Var>> vars) {
    List<Set<Var>> groups = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (vars.get(i).isEmpty() || isSingleRow(parts.get(i))) {
        continue;
      }
      Set<Var> merged = new HashSet<>(vars.get(i));
      for (var it = groups.iterator(); it.hasNext(); ) {
        Set<Var> group = it.next();
        if (!Collections.disjoint(group, merged)) {
          merged.addAll(group);
          it.remove();
        }
      }
      groups.add(merged);
    }
    return groups.size();
  }
}
