package nl.kamergraaf.export.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kamergraaf.export.ExportException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The tables for statistics: one CSV file per {@link TableSpec} (RFC 4180, UTF-8, a header row) and
 * {@value #DATAPACKAGE}, a Frictionless Tabular Data Package describing them, into a folder or a
 * zip.
 *
 * <pre>{@code
 * Map<String, Integer> rows = TablesExport.toFolder(dsg, Path.of("tables"));
 * // R: read.csv("tables/questions.csv");  pandas: frictionless or pd.read_csv
 * }</pre>
 */
public final class TablesExport {
  public static final String DATAPACKAGE = "datapackage.json";

  /** The licence of the data (as the dataset description says: CC0, like the parliament's). */
  static final String LICENCE = "CC0-1.0";

  private TablesExport() {}

  /** Writes every table and the data package into {@code folder}; returns rows per table. */
  public static Map<String, Integer> toFolder(DatasetGraph dsg, Path folder) {
    try {
      Files.createDirectories(folder);
      Map<String, Integer> counts = new LinkedHashMap<>();
      TableRows rows = new TableRows(dsg);
      for (TableSpec table : TableSpec.all()) {
        try (OutputStream out = Files.newOutputStream(folder.resolve(table.fileName()))) {
          counts.put(table.name(), writeCsv(table, rows.rows(table), out));
        }
      }
      Files.write(folder.resolve(DATAPACKAGE), datapackage(TableSpec.all()));
      return counts;
    } catch (IOException e) {
      throw new ExportException("cannot write the tables to " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Writes every table and the data package as one zip to {@code out}. */
  public static void toZip(DatasetGraph dsg, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    TableRows rows = new TableRows(dsg);
    for (TableSpec table : TableSpec.all()) {
      zip.putNextEntry(new ZipEntry(table.fileName()));
      writeCsv(table, rows.rows(table), zip);
      zip.closeEntry();
    }
    zip.putNextEntry(new ZipEntry(DATAPACKAGE));
    zip.write(datapackage(TableSpec.all()));
    zip.closeEntry();
    zip.finish();
  }

  private static int writeCsv(TableSpec table, List<List<String>> rows, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    row(w, table.columnNames());
    for (List<String> r : rows) {
      row(w, r);
    }
    w.flush();
    return rows.size();
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    w.write(cells.stream().map(TablesExport::cell).collect(Collectors.joining(",")));
    w.write("\r\n");
  }

  static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  /** The Frictionless data package: every table, its columns, types, key and references. */
  static byte[] datapackage(List<TableSpec> tables) throws IOException {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode pkg = json.createObjectNode();
    pkg.put("profile", "tabular-data-package");
    pkg.put("name", "kamergraaf");
    pkg.put("title", "kamergraaf: Dutch parliamentary defence papers as tables");
    pkg.put(
        "description",
        "Questions, answers, mentions, amounts, percentages, relations and "
            + "entities read from parliamentary papers by rules. Every fact row says where it was read: "
            + "source (the input file), start and end (Unicode code points in it).");
    pkg.putArray("licenses")
        .addObject()
        .put("name", LICENCE)
        .put("path", "https://creativecommons.org/publicdomain/zero/1.0/");
    ArrayNode resources = pkg.putArray("resources");
    for (TableSpec t : tables) {
      ObjectNode r = resources.addObject();
      r.put("name", t.name())
          .put("path", t.fileName())
          .put("profile", "tabular-data-resource")
          .put("description", t.description())
          .put("format", "csv")
          .put("mediatype", "text/csv")
          .put("encoding", "utf-8");
      r.putObject("dialect")
          .put("delimiter", ",")
          .put("lineTerminator", "\r\n")
          .put("header", true);
      ObjectNode schema = r.putObject("schema");
      ArrayNode fields = schema.putArray("fields");
      for (TableSpec.Column c : t.columns()) {
        fields
            .addObject()
            .put("name", c.name())
            .put("type", c.type())
            .put("description", c.description());
      }
      schema.put("primaryKey", t.key());
      schema.putArray("missingValues").add("");
      ArrayNode foreign = schema.putArray("foreignKeys");
      t.foreignKeys()
          .forEach(
              (column, target) -> {
                String[] tableAndColumn = target.split("\\.");
                ObjectNode fk = foreign.addObject().put("fields", column);
                fk.putObject("reference")
                    .put("resource", tableAndColumn[0])
                    .put("fields", tableAndColumn[1]);
              });
    }
    return json.writeValueAsBytes(pkg);
  }
}
