package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * System facts given as rows directly, e.g. from a file of query results or a test.
 *
 * <pre>
 * SystemFacts facts = RowFacts.builder()
 *     .add(ContractQuery.ENTITIES, Map.of("source", "a.txt", "entity", "urn:x:nl",
 *         "type", "Country", "label", "Nederland"))
 *     .build();
 * </pre>
 */
public final class RowFacts implements SystemFacts {
  private final Map<ContractQuery, List<Map<String, String>>> rows;

  private RowFacts(Map<ContractQuery, List<Map<String, String>>> rows) {
    this.rows = rows;
  }

  /** Starts an empty set of rows. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Map<String, String>> rows(ContractQuery query) {
    return rows.getOrDefault(query, List.of());
  }

  /** Collects rows per query, checking each against the query's result variables. */
  public static final class Builder {
    private final Map<ContractQuery, List<Map<String, String>>> rows =
        new EnumMap<>(ContractQuery.class);

    private Builder() {}

    /** Adds one row; its keys must be result variables of {@code query}, its values non-null. */
    public Builder add(ContractQuery query, Map<String, String> row) {
      for (Map.Entry<String, String> cell : row.entrySet()) {
        if (!query.variables().contains(cell.getKey())) {
          throw new IllegalArgumentException(
              query.queryName()
                  + " has no result variable ?"
                  + cell.getKey()
                  + "; it has ?"
                  + String.join(" ?", query.variables()));
        }
        if (cell.getValue() == null) {
          throw new IllegalArgumentException(
              "?" + cell.getKey() + " is null; leave an unbound variable out of the row");
        }
      }
      rows.computeIfAbsent(query, q -> new ArrayList<>()).add(Map.copyOf(row));
      return this;
    }

    /** Adds several rows of one query. */
    public Builder addAll(ContractQuery query, List<Map<String, String>> more) {
      more.forEach(row -> add(query, row));
      return this;
    }

    public RowFacts build() {
      Map<ContractQuery, List<Map<String, String>>> copy = new EnumMap<>(ContractQuery.class);
      rows.forEach((query, list) -> copy.put(query, List.copyOf(list)));
      return new RowFacts(copy);
    }
  }
}
