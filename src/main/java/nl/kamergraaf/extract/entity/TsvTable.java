package nl.kamergraaf.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.rules.RuleFile;

/**
 * A commented, tab-separated data file with a header row: {@code #} starts a comment line, cells
 * with several values separate them with {@code |}.
 */
public final class TsvTable {
  private final String name;
  private final List<String> header;
  private final List<Row> rows;

  private TsvTable(String name, List<String> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  /** Reads a table from the classpath, e.g. {@code /gazetteer/countries.tsv}. */
  public static TsvTable load(String resource) {
    return RuleFile.at(resource).read(reader -> parse(resource, reader));
  }

  static TsvTable parse(String name, BufferedReader reader) throws IOException {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (header == null) {
        header = cells.stream().map(String::strip).toList();
        continue;
      }
      if (cells.size() != header.size()) {
        throw new ExtractException(
            name
                + ":"
                + lineNo
                + ": "
                + cells.size()
                + " columns, the header has "
                + header.size()
                + " ("
                + String.join(", ", header)
                + ")");
      }
      Map<String, String> values = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        values.put(header.get(i), cells.get(i).strip());
      }
      rows.add(new Row(name + ":" + lineNo, values));
    }
    if (header == null) {
      throw new ExtractException(name + ": no header row");
    }
    return new TsvTable(name, header, List.copyOf(rows));
  }

  public List<Row> rows() {
    return rows;
  }

  /** Whether the header has this column. */
  public boolean has(String column) {
    return header.contains(column);
  }

  /** Fails with the file name when a column the code needs is missing. */
  public TsvTable require(String... columns) {
    for (String c : columns) {
      if (!header.contains(c)) {
        throw new ExtractException(name + ": missing column '" + c + "' (has " + header + ")");
      }
    }
    return this;
  }

  /** One data row, with where it stands for error messages. */
  public record Row(String where, Map<String, String> values) {
    public String get(String column) {
      return values.getOrDefault(column, "");
    }

    /** The {@code |}-separated values of a cell, blanks dropped. */
    public List<String> list(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return List.of();
      }
      return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }
}
