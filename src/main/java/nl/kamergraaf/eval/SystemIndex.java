package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The system's rows sorted by source document, and every name of every entity, so that a label met
 * in one query can be widened to all names of its entity.
 */
final class SystemIndex {
  private final Map<ContractQuery, Map<String, List<Map<String, String>>>> bySource =
      new EnumMap<>(ContractQuery.class);
  private final Map<String, Set<String>> namesByEntity = new HashMap<>();
  private final Map<String, Set<String>> entitiesByName = new HashMap<>();

  private SystemIndex() {}

  static SystemIndex of(SystemFacts facts) {
    SystemIndex index = new SystemIndex();
    for (ContractQuery query : ContractQuery.values()) {
      if (!query.variables().contains("source")) {
        continue;
      }
      Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
      for (Map<String, String> row : facts.rows(query)) {
        String source = row.get("source");
        if (source != null) {
          rows.computeIfAbsent(source, s -> new ArrayList<>()).add(row);
        }
      }
      index.bySource.put(query, rows);
    }
    for (Map<String, String> row : facts.rows(ContractQuery.LABELS)) {
      index.addName(row.get("entity"), row.get("label"));
    }
    for (Map<String, String> row : facts.rows(ContractQuery.ENTITIES)) {
      index.addName(row.get("entity"), row.get("label"));
    }
    return index;
  }

  private void addName(String entity, String label) {
    String folded = NameFolding.fold(label);
    if (entity == null || folded == null || folded.isEmpty()) {
      return;
    }
    namesByEntity.computeIfAbsent(entity, e -> new LinkedHashSet<>()).add(folded);
    entitiesByName.computeIfAbsent(folded, n -> new LinkedHashSet<>()).add(entity);
  }

  /** Every source document that appears in any query's results. */
  Set<String> sources() {
    Set<String> sources = new TreeSet<>();
    bySource.values().forEach(rows -> sources.addAll(rows.keySet()));
    return sources;
  }

  /** The rows of {@code query} about {@code source}. */
  List<Map<String, String>> rows(ContractQuery query, String source) {
    return bySource.getOrDefault(query, Map.of()).getOrDefault(source, List.of());
  }

  /** The folded names of an entity IRI; empty when labels.rq gave none. */
  Set<String> namesOf(String entity) {
    return namesByEntity.getOrDefault(entity, Set.of());
  }

  /** The entities, anywhere in the graph, that have {@code foldedName} as one of their names. */
  Set<String> entitiesNamed(String foldedName) {
    return entitiesByName.getOrDefault(foldedName, Set.of());
  }

  /** The view of one document. */
  DocFacts document(String source) {
    return new DocFacts(this, source);
  }
}
