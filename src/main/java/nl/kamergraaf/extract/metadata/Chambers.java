package nl.kamergraaf.extract.metadata;

import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Provenance;

/**
 * The chamber a paper belongs to, from its head: whom it is addressed to, the chamber's name as a
 * heading, the Eerste Kamer's letter numbering ("C NOTA NAAR AANLEIDING VAN HET VERSLAG"), or the
 * committee that asks. The first chamber rule (in file order) that matches a line of the head
 * decides; a paper none matches has no chamber.
 */
final class Chambers {
  private final MetadataRules rules;
  private final CuratedNames names;

  Chambers(MetadataRules rules, CuratedNames names) {
    this.rules = rules;
    this.names = names;
    for (MetadataRules.Rule r : rules.of(Field.CHAMBER)) {
      Entity chamber = names.byKey(EntityType.ORGANIZATION, r.value());
      if (chamber == null) {
        throw new ExtractException(
            MetadataRules.RESOURCE
                + ": rule '"
                + r.id()
                + "' names chamber '"
                + r.value()
                + "', which is no organisation key of organizations.tsv");
      }
    }
  }

  DocumentInfo.Field<Entity> chamber(Head head) {
    for (MetadataRules.Rule r : rules.of(Field.CHAMBER)) {
      for (Line l : head.head()) {
        if (r.pattern().matcher(l.text()).matches()) {
          return new DocumentInfo.Field<>(
              names.byKey(EntityType.ORGANIZATION, r.value()),
              new Provenance(l.span(), l.text(), r.ruleId()));
        }
      }
    }
    return null;
  }
}
