package nl.kamergraaf.export.tables;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The rows of one table: its query's answers as text cells in the declared column order, with the
 * two columns SPARQL cannot give portably filled in here: a question's {@code days_to_answer}, and
 * the question or answer a mention stands in.
 */
final class TableRows {
  private static final String SPANS =
      """
      SELECT ?doc ?item ?type ?start ?end WHERE {
        GRAPH ?g {
          ?doc a kg:Document .
          ?item a ?type ; kg:start ?start ; kg:end ?end .
          VALUES ?type { kg:Question kg:Answer }
        }
      }""";

  private record Span(String item, String kind, long start, long end) {}

  private final DatasetGraph dsg;
  private Map<String, List<Span>> spansByDocument;

  TableRows(DatasetGraph dsg) {
    this.dsg = dsg;
  }

  List<List<String>> rows(TableSpec table) {
    List<String> columns = table.columnNames();
    List<List<String>> rows = new ArrayList<>();
    Txn.executeRead(
        dsg,
        () -> {
          try (QueryExec qe =
              QueryExec.dataset(dsg).query(Vocabularies.sparqlPrefixes() + table.query()).build()) {
            qe.select()
                .forEachRemaining(
                    b -> {
                      List<String> row = new ArrayList<>(columns.size());
                      for (String c : columns) {
                        Node n = b.get(Var.alloc(c));
                        row.add(
                            n == null
                                ? ""
                                : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                      }
                      rows.add(row);
                    });
          }
        });
    if (columns.contains("days_to_answer")) {
      daysToAnswer(columns, rows);
    }
    if (columns.contains("in_id")) {
      innermostSpans(columns, rows);
    }
    return rows;
  }

  private static void daysToAnswer(List<String> columns, List<List<String>> rows) {
    int asked = columns.indexOf("date");
    int answered = columns.indexOf("answer_date");
    int days = columns.indexOf("days_to_answer");
    for (List<String> row : rows) {
      try {
        LocalDate a = LocalDate.parse(row.get(asked));
        LocalDate b = LocalDate.parse(row.get(answered));
        row.set(days, Long.toString(ChronoUnit.DAYS.between(a, b)));
      } catch (DateTimeParseException e) {
        row.set(days, ""); // one of the two is not known
      }
    }
  }

  /** Puts each mention in the smallest question or answer span of its paper that holds it. */
  private void innermostSpans(List<String> columns, List<List<String>> rows) {
    Map<String, List<Span>> spans = spans();
    int doc = columns.indexOf("document_id");
    int in = columns.indexOf("in_id");
    int kind = columns.indexOf("in_kind");
    int start = columns.indexOf("start");
    int end = columns.indexOf("end");
    for (List<String> row : rows) {
      long s = Long.parseLong(row.get(start));
      long e = Long.parseLong(row.get(end));
      Span best = null;
      for (Span span : spans.getOrDefault(row.get(doc), List.of())) {
        if (span.start <= s
            && e <= span.end
            && (best == null || span.end - span.start < best.end - best.start)) {
          best = span;
        }
      }
      if (best != null) {
        row.set(in, best.item);
        row.set(kind, best.kind);
      }
    }
  }

  private Map<String, List<Span>> spans() {
    if (spansByDocument == null) {
      Map<String, List<Span>> out = new HashMap<>();
      Txn.executeRead(
          dsg,
          () -> {
            try (QueryExec qe =
                QueryExec.dataset(dsg).query(Vocabularies.sparqlPrefixes() + SPANS).build()) {
              qe.select()
                  .forEachRemaining(
                      b ->
                          out.computeIfAbsent(b.get("doc").getURI(), k -> new ArrayList<>())
                              .add(
                                  new Span(
                                      b.get("item").getURI(),
                                      b.get("type").getURI().endsWith("Question")
                                          ? "question"
                                          : "answer",
                                      ((Number) b.get("start").getLiteralValue()).longValue(),
                                      ((Number) b.get("end").getLiteralValue()).longValue())));
            }
          });
      spansByDocument = out;
    }
    return spansByDocument;
  }
}
