package nl.kamergraaf.extract;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Span;

/**
 * "de Oekraïense Minister van Defensie Umerov", "NAVO plv. SG van Weel": a role named right
 * before a person (at most a comma or a few characters between) says the person holds it.
 */
final class RoleHolders {
  private RoleHolders() {}

  static List<Relation> find(String text, List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention role = mentions.get(i);
      Mention person = mentions.get(i + 1);
      if (role.entity().type() != EntityType.ROLE || person.entity().type() != EntityType.PERSON) {
        continue;
      }
      int gap = person.provenance().span().start() - role.provenance().span().end();
      String between = text.substring(role.provenance().span().end(), person.provenance().span().start());
      if (gap <= 3 && between.matches("[\\s,]*")) {
        Span span = new Span(role.provenance().span().start(), person.provenance().span().end());
        out.add(new Relation(person.entity(), "holds-role", role.entity(), Relation.Modality.ASSERTED, 0.8,
            new Provenance(span, span.of(text), "relation/role-before-name")));
      }
    }
    return out;
  }
}
