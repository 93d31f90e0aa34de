package nl.kamergraaf.export.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table as its query file declares it in the header: name, what a row is, its key, its
 * columns with their Frictionless types, and the columns that point into other tables.
 */
public record TableSpec(String name, String description, String key, List<Column> columns,
    Map<String, String> foreignKeys, String query) {
  /** The types a column may declare: Frictionless Table Schema types. */
  static final Set<String> TYPES = Set.of("string", "integer", "number", "date", "boolean");
  private static final Pattern TABLE = Pattern.compile("^# table: (\\S+) — (.+)$");
  private static final Pattern KEY = Pattern.compile("^# key: (\\S+)$");
  private static final Pattern COLUMN = Pattern.compile("^# column: (\\S+) (\\S+) (.+)$");
  private static final Pattern FOREIGN = Pattern.compile("^# foreign: (\\S+) (\\S+)$");

  /** A column: its name, Frictionless type and what it holds. */
  public record Column(String name, String type, String description) {}

  /** Reads the header of {@code text} (from {@code file}); a malformed header is an error. */
  static TableSpec parse(String file, String text) {
    String name = null;
    String description = null;
    String key = null;
    List<Column> columns = new ArrayList<>();
    Map<String, String> foreign = new java.util.LinkedHashMap<>();
    for (String line : text.lines().toList()) {
      Matcher m;
      if ((m = TABLE.matcher(line)).matches()) {
        name = m.group(1);
        description = m.group(2);
      } else if ((m = KEY.matcher(line)).matches()) {
        key = m.group(1);
      } else if ((m = COLUMN.matcher(line)).matches()) {
        if (!TYPES.contains(m.group(2))) {
          throw new IllegalStateException(file + ": column " + m.group(1) + " has type "
              + m.group(2) + "; use one of " + TYPES);
        }
        columns.add(new Column(m.group(1), m.group(2), m.group(3)));
      } else if ((m = FOREIGN.matcher(line)).matches()) {
        foreign.put(m.group(1), m.group(2));
      }
    }
    if (name == null || key == null || columns.isEmpty()) {
      throw new IllegalStateException(file + ": the header must have '# table:', '# key:' and "
          + "'# column:' lines (see the README beside it)");
    }
    return new TableSpec(name, description, key, List.copyOf(columns), Map.copyOf(foreign), text);
  }

  /** The tables, in the order of their files. */
  public static List<TableSpec> all() {
    List<TableSpec> out = new ArrayList<>();
    ResourceFolder.read("/nl/kamergraaf/export/table-queries", ".rq")
        .forEach((file, text) -> out.add(parse(file, text)));
    return out;
  }

  /** The table's file name, e.g. {@code questions.csv}. */
  public String fileName() {
    return name + ".csv";
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
