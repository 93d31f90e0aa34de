package nl.kamergraaf.export.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.EntityType;

/**
 * One table as its query file declares it in the header: name, what a row is, its key, its columns
 * with their Frictionless types, and the columns that point into other tables.
 */
public record TableSpec(
    String name,
    String description,
    String key,
    List<Column> columns,
    Map<String, String> foreignKeys,
    String query) {
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
    Map<String, String> foreign = new LinkedHashMap<>();
    for (String line : text.lines().toList()) {
      Matcher m;
      if ((m = TABLE.matcher(line)).matches()) {
        name = m.group(1);
        description = m.group(2);
      } else if ((m = KEY.matcher(line)).matches()) {
        key = m.group(1);
      } else if ((m = COLUMN.matcher(line)).matches()) {
        if (!TYPES.contains(m.group(2))) {
          throw new IllegalStateException(
              file
                  + ": column "
                  + m.group(1)
                  + " has type "
                  + m.group(2)
                  + "; use one of "
                  + TYPES);
        }
        columns.add(new Column(m.group(1), m.group(2), m.group(3)));
      } else if ((m = FOREIGN.matcher(line)).matches()) {
        foreign.put(m.group(1), m.group(2));
      }
    }
    if (name == null || key == null || columns.isEmpty()) {
      throw new IllegalStateException(
          file
              + ": the header must have '# table:', '# key:' and "
              + "'# column:' lines (see the README beside it)");
    }
    return new TableSpec(
        name, description, key, List.copyOf(columns), Collections.unmodifiableMap(foreign), text);
  }

  /** The tables, in the order of their files. */
  public static List<TableSpec> all() {
    List<TableSpec> out = new ArrayList<>();
    ResourceFolder.read("/nl/kamergraaf/export/table-queries", ".rq")
        .forEach((file, text) -> out.add(parse(file, withEntityTypes(text))));
    return out;
  }

  /**
   * The query with the entity types of {@code ontology/entity-types.tsv} in place of its slots:
   * {@code {{entity-types}}} (their names, for descriptions), {@code {{entity-class-ranks}}}
   * ({@code (kg:Fraction 1) …}, most specific first) and {@code {{entity-type-ranks}}} ({@code (1
   * "fractie") …}).
   */
  static String withEntityTypes(String text) {
    List<EntityType> types = EntityType.values();
    List<String> names = types.stream().map(EntityType::pathSegment).toList();
    StringBuilder classRanks = new StringBuilder();
    StringBuilder typeRanks = new StringBuilder();
    for (int i = 0; i < types.size(); i++) {
      classRanks
          .append(i == 0 ? "" : " ")
          .append("(kg:")
          .append(types.get(i).className())
          .append(' ')
          .append(i + 1)
          .append(')');
      typeRanks
          .append(i == 0 ? "" : " ")
          .append('(')
          .append(i + 1)
          .append(" \"")
          .append(names.get(i))
          .append("\")");
    }
    return text.replace(
            "{{entity-types}}",
            String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1))
        .replace("{{entity-class-ranks}}", classRanks)
        .replace("{{entity-type-ranks}}", typeRanks);
  }

  /** The table's file name, e.g. {@code questions.csv}. */
  public String fileName() {
    return name + ".csv";
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
