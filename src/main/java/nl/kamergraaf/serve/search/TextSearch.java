package nl.kamergraaf.serve.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.kamergraaf.build.text.DutchTextAnalyzer;
import nl.kamergraaf.build.text.SourceTexts;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;

/**
 * Runs a search on the served dataset: one SPARQL query with {@code text:query} and the filters,
 * then a snippet and the exact span of the first match for each hit.
 *
 * <pre>{@code
 * TextSearch search = new TextSearch(dsg, new SourceTexts(corpus), Duration.ofSeconds(10));
 * List<SearchHit> hits = search.search(SearchWords.parse("drones", search.analyzer()),
 *     SearchFilters.NONE, 50);
 * }</pre>
 *
 * <p>The document a hit belongs to is the one whose named graph holds it, and a question's or
 * answer's span is read from its own provenance, so this does not depend on how questions and
 * answers are linked to their documents.
 */
public final class TextSearch {
  /** The most hits the index is asked for before the filters; more are not worth reading. */
  static final int INDEX_LIMIT = 2000;

  private static final String PREFIXES = Vocabularies.sparqlPrefixes();
  private static final String QUERY =
      """
      SELECT ?item ?score ?text ?doc ?source ?title ?date ?kindLabel ?type ?n ?fractie
             ?fractieLabel ?start ?end ?qend WHERE {
        (?item ?score ?text ?g) text:query (kg:text %s %d) .
        GRAPH ?g {
          ?doc a kg:Document ; kg:sourceFile ?source .
          %s
          OPTIONAL { ?item kg:start ?start ; kg:end ?end }
          OPTIONAL { ?doc dcterms:title ?title }
          OPTIONAL { ?doc dcterms:date ?date }
          OPTIONAL { ?doc kg:kind ?kind }
        }
        OPTIONAL { ?kind skos:prefLabel ?kindLabel FILTER(lang(?kindLabel) != "en") }
        %s
      } ORDER BY DESC(?score) ?item""";

  /**
   * One branch per kind of hit, each binding all it needs itself: an OPTIONAL whose variable is
   * unbound (a paper has no question) would match every triple of its predicate.
   */
  private static final Map<Found, String> BRANCHES =
      Map.of(
          Found.PAPER, "{ ?item a kg:Document . BIND(kg:Document AS ?type) }",
          Found.QUESTION,
              """
          { ?item a kg:Question ; kg:number ?n . BIND(kg:Question AS ?type)
            OPTIONAL { ?item kg:askedBy ?fractie
              OPTIONAL { ?fractie skos:prefLabel ?fractieLabel FILTER(lang(?fractieLabel) != "en") } } }""",
          Found.ANSWER,
              """
          { ?item a kg:Answer . BIND(kg:Answer AS ?type)
            OPTIONAL { ?q kg:answer ?item ; kg:number ?n
              OPTIONAL { ?q kg:askedBy ?fractie
                OPTIONAL { ?fractie skos:prefLabel ?fractieLabel FILTER(lang(?fractieLabel) != "en") } }
              OPTIONAL { ?q kg:end ?qend } } }""");

  private final DatasetGraph dsg;
  private final Function<String, Optional<String>> originals;
  private final Duration timeout;
  private final Analyzer analyzer = new DutchTextAnalyzer();

  /** {@code originals}: a document's original text by its source file ({@link SourceTexts}). */
  public TextSearch(
      DatasetGraph dsg, Function<String, Optional<String>> originals, Duration timeout) {
    this.dsg = dsg;
    this.originals = originals;
    this.timeout = timeout;
  }

  /** The analyser the index was built with, to parse what was typed. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The SPARQL query a search runs; shown on the results page to take further. */
  public static String sparql(SearchWords words, SearchFilters filters) {
    List<String> branches = new ArrayList<>();
    for (Found f : filters.found().isEmpty() ? EnumSet.allOf(Found.class) : filters.found()) {
      branches.add(BRANCHES.get(f));
    }
    return "PREFIX text: <http://jena.apache.org/text#>\n"
        + PREFIXES
        + String.format(
            QUERY,
            FmtUtils.stringForNode(NodeFactory.createLiteralString(words.luceneQuery())),
            INDEX_LIMIT,
            String.join("\n          UNION ", branches),
            filters.sparql());
  }

  /** Up to {@code max} hits, best first, and how many there are in all. */
  public SearchResult search(SearchWords words, SearchFilters filters, int max) {
    if (words.isEmpty()) {
      return new SearchResult(List.of(), 0);
    }
    Map<Node, Binding> best = new LinkedHashMap<>();
    Txn.executeRead(
        dsg,
        () -> {
          try (QueryExec qe =
              QueryExec.dataset(dsg)
                  .query(sparql(words, filters))
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                  .build()) {
            // Rows come best first; an item repeats once per extra selector or label.
            qe.select()
                .forEachRemaining(
                    row -> best.putIfAbsent(row.get(Var.alloc("item")), BindingFactory.copy(row)));
          }
        });
    List<SearchHit> hits = new ArrayList<>();
    for (Binding row : best.values()) {
      if (hits.size() == max) {
        break;
      }
      hits.add(hit(row, words));
    }
    return new SearchResult(hits, best.size());
  }

  private SearchHit hit(Binding row, SearchWords words) {
    String text = lexical(row, "text");
    Snippet snippet = Snippet.of(text, words.terms(), analyzer);
    Found found = Found.PAPER;
    for (Found f : Found.values()) {
      if (f.type.equals(row.get(Var.alloc("type")))) {
        found = f;
      }
    }
    long[] span = HitSpan.of(row, found, text, snippet, originals);
    return new SearchHit(
        row.get(Var.alloc("item")),
        found,
        row.get(Var.alloc("doc")),
        lexical(row, "title"),
        lexical(row, "date"),
        lexical(row, "kindLabel"),
        row.get(Var.alloc("fractie")),
        lexical(row, "fractieLabel"),
        lexical(row, "n"),
        ((Number) row.get(Var.alloc("score")).getLiteralValue()).doubleValue(),
        snippet,
        span[0],
        span[1]);
  }

  private static String lexical(Binding row, String var) {
    Node n = row.get(Var.alloc(var));
    return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }
}
