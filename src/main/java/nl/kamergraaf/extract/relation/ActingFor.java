package nl.kamergraaf.extract.relation;

import java.util.HashMap;
import java.util.Map;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * Who acts for whom as a relation's subject ({@code rules/acting-for.tsv}): het kabinet →
 * Nederland.
 */
final class ActingFor {
  private final Map<String, Entity> map = new HashMap<>();

  ActingFor(EntityRecognizer names) {
    for (TsvTable.Row row :
        TsvTable.load("/nl/kamergraaf/extract/rules/acting-for.tsv")
            .require("entity", "acts-for")
            .rows()) {
      String[] to = row.get("acts-for").split("/", 2);
      Entity target = names.lookupId(EntityType.parse(to[0]), to[1]);
      if (target == null) {
        throw new ExtractException(row.where() + ": no entity " + row.get("acts-for"));
      }
      map.put(row.get("entity"), target);
    }
  }

  Entity subject(Entity e) {
    return map.getOrDefault(e.id(), e);
  }
}
