package nl.kamergraaf.build.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kamergraaf.build.StoreException;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the text index of a database: each document's original text, and each question's and
 * answer's text.
 *
 * <p>A question's or answer's text is read where its provenance points: the span of its start and
 * end in the document's original text ({@code kg:start}, {@code kg:end}), narrowed to its {@code
 * kg:text} where that lies inside the span; with no span, or no original to read it from, its
 * {@code kg:text}. So the index depends on spans, not on how extraction shapes questions and
 * answers otherwise.
 */
public final class TextIndexBuild {
  private static final String DOCUMENTS =
      """
      SELECT ?doc ?g ?source WHERE {
        GRAPH ?g { ?doc a kg:Document ; kg:sourceFile ?source }
      } ORDER BY ?source""";
  private static final String PASSAGES =
      """
      SELECT ?item ?start ?end ?text WHERE {
        GRAPH ?g {
          { ?item a kg:Question } UNION { ?item a kg:Answer }
          OPTIONAL { ?item kg:start ?start ; kg:end ?end }
          OPTIONAL { ?item kg:text ?text }
        }
      }""";

  private static final String PREFIXES = Vocabularies.sparqlPrefixes();

  private final Function<String, Optional<String>> originals;

  /**
   * {@code originals}: a document's original text by its source file name ({@link SourceTexts}).
   */
  public TextIndexBuild(Function<String, Optional<String>> originals) {
    this.originals = originals;
  }

  /**
   * Indexes {@code dsg} (a database not in any transaction) into {@code folder}, replacing what was
   * there. Returns how many resources were indexed.
   */
  public int write(DatasetGraph dsg, Path folder) {
    TextIndexLucene index;
    try {
      index = new TextIndexLucene(FSDirectory.open(folder), TextIndexes.config());
    } catch (IOException e) {
      throw new StoreException("cannot write the text index " + folder + ": " + e, e);
    }
    int count = 0;
    try {
      for (Binding doc : select(dsg, DOCUMENTS, Map.of())) {
        count += indexDocument(dsg, index, doc);
      }
      index.commit();
    } finally {
      index.close();
    }
    return count;
  }

  private int indexDocument(DatasetGraph dsg, TextIndexLucene index, Binding doc) {
    Node graph = doc.get(Var.alloc("g"));
    Optional<String> original =
        originals.apply(doc.get(Var.alloc("source")).getLiteralLexicalForm());
    int count = 0;
    if (original.isPresent()) {
      add(index, doc.get(Var.alloc("doc")), graph, original.get());
      count++;
    }
    // An item may have several position selectors; its first span is its text.
    Map<Node, String> texts = new LinkedHashMap<>();
    for (Binding row : select(dsg, PASSAGES, Map.of("g", graph))) {
      Node item = row.get(Var.alloc("item"));
      Node start = row.get(Var.alloc("start"));
      Node text = row.get(Var.alloc("text"));
      Optional<String> spanned =
          start == null || original.isEmpty()
              ? Optional.empty()
              : SourceTexts.span(original.get(), number(start), number(row.get(Var.alloc("end"))));
      String chosen = choose(spanned, text == null ? null : text.getLiteralLexicalForm());
      if (chosen != null && (spanned.isPresent() || !texts.containsKey(item))) {
        texts.putIfAbsent(item, chosen);
      }
    }
    texts.forEach((item, text) -> add(index, item, graph, text));
    return count + texts.size();
  }

  /**
   * The text of a question or answer: its {@code kg:text} where that lies inside its span (a
   * question's span may also hold its answer), else the span's text, else {@code kg:text}.
   */
  static String choose(Optional<String> spanned, String text) {
    if (spanned.isEmpty()) {
      return text;
    }
    return text != null && spanned.get().contains(text) ? text : spanned.get();
  }

  private static void add(TextIndexLucene index, Node item, Node graph, String text) {
    Entity entity = new Entity(item.getURI(), graph.getURI());
    entity.put(TextIndexes.FIELD, text);
    index.addEntity(entity);
  }

  private static long number(Node literal) {
    return ((Number) literal.getLiteralValue()).longValue();
  }

  private static List<Binding> select(DatasetGraph dsg, String query, Map<String, Node> bound) {
    return Txn.calculateRead(
        dsg,
        () -> {
          List<Binding> rows = new ArrayList<>();
          var exec = QueryExec.dataset(dsg).query(PREFIXES + query);
          bound.forEach(exec::substitution);
          try (QueryExec qe = exec.build()) {
            qe.select().forEachRemaining(row -> rows.add(BindingFactory.copy(row)));
          }
          return rows;
        });
  }
}
