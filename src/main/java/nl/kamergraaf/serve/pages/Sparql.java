package nl.kamergraaf.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/** Runs the pages' SELECT queries on the served dataset, each in its own read transaction. */
final class Sparql {
  /** The PREFIX lines for every vocabulary kamergraaf writes. */
  static final String PREFIXES = prefixes();

  private final DatasetGraph dsg;

  Sparql(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  DatasetGraph dataset() {
    return dsg;
  }

  /** The rows of {@code query} (written without prefixes) with variables bound beforehand. */
  List<Binding> select(String query, Map<String, Node> bindings) {
    return Txn.calculateRead(
        dsg,
        () -> {
          QueryExecBuilder exec = QueryExec.dataset(dsg).query(PREFIXES + query);
          bindings.forEach(exec::substitution);
          List<Binding> rows = new ArrayList<>();
          try (QueryExec qe = exec.build()) {
            // TDB2 resolves a row's terms lazily: copy them while the transaction is open.
            qe.select().forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
          }
          return rows;
        });
  }

  List<Binding> select(String query, String var, Node value) {
    return select(query, Map.of(var, value));
  }

  private static String prefixes() {
    StringBuilder b = new StringBuilder();
    Vocabularies.PREFIXES
        .getNsPrefixMap()
        .forEach((p, ns) -> b.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
    return b.toString();
  }
}
