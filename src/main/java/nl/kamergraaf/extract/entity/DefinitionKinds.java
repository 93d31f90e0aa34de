package nl.kamergraaf.extract.entity;

import java.util.List;
import java.util.Locale;
import nl.kamergraaf.extract.model.EntityType;

/** Decides what an acronym defined in the text names, from the words of its long form. */
final class DefinitionKinds {
  private final List<TsvTable.Row> rows =
      TsvTable.load("/nl/kamergraaf/extract/rules/definition-kinds.tsv")
          .require("word", "type", "kind")
          .rows();

  /** The type and kind (null for non-programmes) of a long form. */
  Kind classify(String longForm) {
    String[] words = longForm.toLowerCase(Locale.ROOT).split("[\\s/]+");
    for (TsvTable.Row row : rows) {
      String w = row.get("word").toLowerCase(Locale.ROOT);
      for (String word : words) {
        String bare = word.replaceAll("[^\\p{L}]", "");
        if (bare.endsWith(w)) {
          String kind = row.get("kind");
          return new Kind(EntityType.parse(row.get("type")), kind.isEmpty() ? null : kind);
        }
      }
    }
    return new Kind(EntityType.PROGRAM, "initiative");
  }

  record Kind(EntityType type, String kind) {}
}
