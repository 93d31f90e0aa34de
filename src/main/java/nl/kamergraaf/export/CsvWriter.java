package nl.kamergraaf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180, UTF-8, CRLF) of the nodes or of the edges, for spreadsheets and Gephi's import;
 * cells a spreadsheet would run as formulas are neutralised ({@link SpreadsheetCells}).
 */
enum CsvWriter implements ExportFormat.Writer {
  NODES {
    @Override
    public void write(ExportGraph graph, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      row(w, List.of("id", "label", "type", "documents", "first_date"));
      for (GraphNode n : graph.nodes()) {
        row(
            w,
            List.of(
                n.iri(),
                n.label(),
                n.type(),
                Integer.toString(n.documents()),
                n.firstDate() == null ? "" : n.firstDate().toString()));
      }
      w.flush();
    }
  },
  EDGES {
    @Override
    public void write(ExportGraph graph, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      row(w, List.of("id", "source", "target", "type", "weight", "first_date", "dates"));
      for (GraphEdge e : graph.edges()) {
        row(
            w,
            List.of(
                e.id(),
                e.source(),
                e.target(),
                e.type(),
                Integer.toString(e.weight()),
                e.firstDate() == null ? "" : e.firstDate().toString(),
                e.dates().stream().map(LocalDate::toString).collect(Collectors.joining(" "))));
      }
      w.flush();
    }
  };

  static void row(Writer w, List<String> cells) throws IOException {
    w.write(cells.stream().map(CsvWriter::cell).collect(Collectors.joining(",")));
    w.write("\r\n");
  }

  static String cell(String raw) {
    String value = SpreadsheetCells.neutralise(raw);
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
