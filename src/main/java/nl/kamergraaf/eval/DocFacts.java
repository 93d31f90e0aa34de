package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The system's facts about one source document, with name widening for labels. */
final class DocFacts {
  private final SystemIndex index;
  private final String source;
  private final List<Entity> entities;

  /** An entity the system found in the document, with all its folded names. */
  record Entity(String iri, String type, String label, Set<String> names) {}

  DocFacts(SystemIndex index, String source) {
    this.index = index;
    this.source = source;
    this.entities = groupEntities();
  }

  String source() {
    return source;
  }

  List<Map<String, String>> rows(ContractQuery query) {
    return index.rows(query, source);
  }

  /** The entities of this document, one per (IRI, type). */
  List<Entity> entities() {
    return entities;
  }

  /**
   * All folded names {@code label} stands for: the label itself, plus every name of the entities of
   * this document that carry it; failing those, of any entity in the graph that carries it.
   */
  Set<String> namesOf(String label) {
    Set<String> names = new LinkedHashSet<>();
    String folded = NameFolding.fold(label);
    if (folded == null || folded.isEmpty()) {
      return names;
    }
    names.add(folded);
    for (Entity entity : entities) {
      if (entity.names().contains(folded)) {
        names.addAll(entity.names());
      }
    }
    if (names.size() == 1) {
      for (String iri : index.entitiesNamed(folded)) {
        names.addAll(index.namesOf(iri));
      }
    }
    return names;
  }

  private List<Entity> groupEntities() {
    Map<List<String>, Entity> grouped = new LinkedHashMap<>();
    for (Map<String, String> row : rows(ContractQuery.ENTITIES)) {
      String label = row.get("label");
      // Without an IRI the label is all there is to tell entities apart.
      String iri = row.getOrDefault("entity", "label:" + label);
      String type = row.get("type");
      grouped.computeIfAbsent(
          List.of(iri, String.valueOf(type)),
          key -> {
            Set<String> names = new LinkedHashSet<>(index.namesOf(iri));
            names.addAll(NameFolding.foldAll(label == null ? List.of() : List.of(label)));
            return new Entity(iri, type, label == null ? iri : label, names);
          });
    }
    return new ArrayList<>(grouped.values());
  }
}
