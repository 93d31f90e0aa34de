package nl.kamergraaf.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.BuildSummary;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.eval.ContractQueries;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.BundledCorpus;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.graph.KG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled documents as HTML, Word (.docx, .doc) and PDF (made by LibreOffice from the same
 * text, see {@code src/test/resources/formats/make-test-data.sh}) give the same facts as the plain
 * text: the same rows on every contract query, ignoring only the file name in {@code ?source}
 * (spans and quotes are not in these queries).
 */
@Tag("slow") // the bundled corpus extracted in four more formats
class FormsAgreeTest {
  static final Path FORMS = Path.of("src/test/resources/formats/corpus");
  private static final List<String> QUERIES =
      List.of(
          "documents",
          "questions",
          "entities",
          "labels",
          "question-mentions",
          "amounts",
          "percentages",
          "relations");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "docx", "pdf", "doc"})
  void everyContractQueryGivesTheRowsOfThePlainText(String form) throws IOException {
    Path folder = FORMS.resolve(form);
    Set<String> stems = stems(folder);
    DatasetGraph graph = DatasetGraphFactory.create();
    BuildSummary summary =
        new CorpusBuilder(extractor, Iris.defaults())
            .build(folder, StreamRDFLib.dataset(graph), BuildListener.quiet());
    assertEquals(List.of(), summary.rejected());
    assertEquals(stems.size(), summary.built());

    // The store answers on the union of the documents' graphs; so must this dataset.
    // and the named graphs stay, for queries that look inside one document's graph.
    DatasetGraph both = DatasetGraphFactory.create(graph.getUnionGraph());
    graph.listGraphNodes().forEachRemaining(name -> both.addGraph(name, graph.getGraph(name)));
    Dataset converted = DatasetFactory.wrap(both);
    Dataset text = DatasetFactory.wrap(BundledCorpus.dataset());
    List<String> differences = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (String query : QUERIES) {
      if (query.equals("labels") && stems.size() < BundledCorpus.DOCUMENTS) {
        continue; // labels are gathered over all documents; only comparable for all of them
      }
      List<Map<String, String>> expected = rows(text, query, stems);
      List<Map<String, String>> actual = rows(converted, query, stems);
      counts.put(query, expected.size());
      List<Map<String, String>> missing = minus(expected, actual);
      List<Map<String, String>> extra = minus(actual, expected);
      missing.forEach(r -> differences.add(query + " only in .txt: " + r));
      extra.forEach(r -> differences.add(query + " only in ." + form + ": " + r));
    }
    System.out.println(
        "."
            + form
            + " vs .txt, "
            + stems
            + ": rows per query "
            + counts
            + ", differences "
            + differences.size());
    assertTrue(counts.get("questions") > 0 && counts.get("amounts") > 0, counts.toString());
    assertEquals(List.of(), differences);

    long[] located = located(converted);
    assertTrue(located[0] > 100L * stems.size(), "position selectors: " + located[0]);
    assertEquals(
        located[0],
        located[1],
        "every span of a converted file names its page or "
            + "paragraph and offset, every mention its page or paragraph");
    assertEquals(0, located(text)[1], "plain-text spans need no page or paragraph");
  }

  /**
   * Facts with a span and mention nodes, and those that name a page, paragraph or footnote (and,
   * for facts with a span, the offset there).
   */
  private static long[] located(Dataset data) {
    String query =
        "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX kg: <"
            + KG.NS
            + "> "
            + "SELECT (COUNT(?p) AS ?all) (COUNT(?in) AS ?located) WHERE { "
            + "{ ?p kg:start ?start OPTIONAL { ?p kg:page|kg:paragraph|kg:footnoteLabel ?in ; kg:offset ?offset } }"
            + " UNION { ?p kg:span ?span FILTER NOT EXISTS { ?p kg:offset ?o } "
            + "OPTIONAL { ?p kg:page|kg:paragraph|kg:footnoteLabel ?in } } }";
    return Txn.calculateRead(
        data,
        () -> {
          try (QueryExecution q = QueryExecution.dataset(data).query(query).build()) {
            QuerySolution row = q.execSelect().next();
            return new long[] {
              row.getLiteral("all").getLong(), row.getLiteral("located").getLong()
            };
          }
        });
  }

  /** The document names (file names without extension) in a form's folder. */
  static Set<String> stems(Path folder) throws IOException {
    Set<String> stems = new HashSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.forEach(f -> stems.add(stem(f.getFileName().toString())));
    }
    return stems;
  }

  private static String stem(String source) {
    int dot = source.lastIndexOf('.');
    return dot < 0 ? source : source.substring(0, dot);
  }

  /**
   * A query's rows for the given documents, with {@code ?source} reduced to its stem and numbers
   * written the same way (TDB2 stores 5 as 5.0, a memory graph keeps 5).
   */
  private static List<Map<String, String>> rows(Dataset data, String query, Set<String> stems) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> row : ContractQueries.run(data, query)) {
      Map<String, String> r = new LinkedHashMap<>();
      row.forEach(
          (k, v) ->
              r.put(
                  k,
                  NUMBER.matcher(v).matches()
                      ? new BigDecimal(v).stripTrailingZeros().toPlainString()
                      : v));
      String source = r.get("source");
      if (source == null || stems.contains(stem(source))) {
        if (source != null) {
          r.put("source", stem(source));
        }
        rows.add(r);
      }
    }
    return rows;
  }

  /** The rows of {@code a} not matched one to one by a row of {@code b}. */
  private static List<Map<String, String>> minus(
      List<Map<String, String>> a, List<Map<String, String>> b) {
    List<Map<String, String>> rest = new ArrayList<>(b);
    List<Map<String, String>> out = new ArrayList<>();
    for (Map<String, String> row : a) {
      if (!rest.remove(row)) {
        out.add(row);
      }
    }
    return out;
  }
}
