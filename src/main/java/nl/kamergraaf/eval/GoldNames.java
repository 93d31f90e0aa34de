package nl.kamergraaf.eval;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a name used in a gold document (a question's fractie or mention, a relation's subject)
 * to the gold entity that has it as label or alias, so that its aliases count too.
 */
final class GoldNames {
  private final Map<String, GoldDocument.Entity> byName = new HashMap<>();

  GoldNames(GoldDocument gold) {
    for (GoldDocument.Entity entity : gold.allEntities()) {
      for (String name : NameFolding.foldAll(entity.names())) {
        // The first list an ambiguous name appears in wins; persons come first.
        byName.putIfAbsent(name, entity);
      }
    }
  }

  /** The folded names of the entity {@code name} belongs to, or just {@code name} folded. */
  Set<String> namesOf(String name) {
    String folded = NameFolding.fold(name);
    if (folded == null || folded.isEmpty()) {
      return Set.of();
    }
    GoldDocument.Entity entity = byName.get(folded);
    if (entity == null) {
      return Set.of(folded);
    }
    return new LinkedHashSet<>(NameFolding.foldAll(entity.names()));
  }
}
