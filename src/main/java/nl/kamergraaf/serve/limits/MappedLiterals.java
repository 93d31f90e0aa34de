package nl.kamergraaf.serve.limits;

import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Rows, graphs and datasets with the text of their literals changed by a function, for writers that
 * must not see some text (XML's forbidden characters, formulas in CSV). Nothing is copied when
 * nothing changes: a graph is read once to find out.
 */
final class MappedLiterals {
  private final UnaryOperator<String> text;

  MappedLiterals(UnaryOperator<String> text) {
    this.text = text;
  }

  Node node(Node node) {
    if (node == null || !node.isLiteral()) {
      return node;
    }
    String lexical = node.getLiteralLexicalForm();
    String mapped = text.apply(lexical);
    if (mapped.equals(lexical)) {
      return node;
    }
    String lang = node.getLiteralLanguage();
    if (lang == null || lang.isEmpty()) {
      return NodeFactory.createLiteralDT(mapped, node.getLiteralDatatype());
    }
    return node.getLiteralBaseDirection() == null
        ? NodeFactory.createLiteralLang(mapped, lang)
        : NodeFactory.createLiteralDirLang(mapped, lang, node.getLiteralBaseDirection());
  }

  RowSet rows(RowSet rows) {
    List<Var> vars = rows.getResultVars();
    Iterator<Binding> mapped =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return rows.hasNext();
          }

          @Override
          public Binding next() {
            BindingBuilder out = Binding.builder();
            rows.next().forEach((var, value) -> out.add(var, node(value)));
            return out.build();
          }
        };
    return RowSetStream.create(vars, mapped);
  }

  Graph graph(Graph graph) {
    if (!graph.stream().anyMatch(this::changes)) {
      return graph;
    }
    Graph copy = GraphFactory.createDefaultGraph();
    copy.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
    graph
        .find()
        .forEachRemaining(
            t -> copy.add(Triple.create(t.getSubject(), t.getPredicate(), node(t.getObject()))));
    return copy;
  }

  DatasetGraph dataset(DatasetGraph dataset) {
    if (!dataset.stream().anyMatch(q -> node(q.getObject()) != q.getObject())) {
      return dataset;
    }
    DatasetGraph copy = DatasetGraphFactory.create();
    copy.prefixes().putAll(dataset.prefixes());
    dataset
        .find()
        .forEachRemaining(
            q ->
                copy.add(
                    new Quad(q.getGraph(), q.getSubject(), q.getPredicate(), node(q.getObject()))));
    return copy;
  }

  private boolean changes(Triple t) {
    return node(t.getObject()) != t.getObject();
  }
}
