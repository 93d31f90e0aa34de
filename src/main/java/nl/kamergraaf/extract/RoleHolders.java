package nl.kamergraaf.extract;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Span;

/**
 * A role named right before a person says the person holds it: "de Oekraïense Minister van
 * Defensie Umerov", "NAVO plv. SG van Weel", "EP SEDE-voorzitter Loiseau", "het lid Piri".
 *
 * <p>What the person holds is the organisation when one is named with the role ("NAVO plv.
 * SG", "SEDE-voorzitter") or implied by it (a Kamerlid sits in the Tweede Kamer); a country
 * adjective makes the role that country's ("Oekraïense Minister van Defensie"); else the role.
 */
final class RoleHolders {
  private final EntityRecognizer names;

  RoleHolders(EntityRecognizer names) {
    this.names = names;
  }

  List<Relation> find(String text, List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention role = mentions.get(i);
      Mention person = mentions.get(i + 1);
      if (role.entity().type() != EntityType.ROLE || person.entity().type() != EntityType.PERSON
          || !close(text, role.provenance().span(), person.provenance().span())) {
        continue;
      }
      Mention before = i > 0 && close(text, mentions.get(i - 1).provenance().span(), role.provenance().span())
          ? mentions.get(i - 1) : null;
      Entity held = held(role, before);
      Span span = new Span(before != null && held != role.entity() ? before.provenance().span().start()
          : role.provenance().span().start(), person.provenance().span().end());
      out.add(new Relation(person.entity(), "holds-role", held, Relation.Modality.ASSERTED, 0.8,
          new Provenance(span, span.of(text), "relation/role-before-name")));
    }
    return out;
  }

  private Entity held(Mention role, Mention before) {
    // The body glued to the role ("SEDE-voorzitter") is nearer than one before it ("EP").
    String written = role.provenance().quote();
    int hyphen = written.indexOf('-');
    if (hyphen > 0) {
      Entity prefix = names.lookup(written.substring(0, hyphen));
      if (prefix != null && prefix.type() == EntityType.ORGANIZATION) {
        return prefix;
      }
    }
    if (before != null && before.entity().type() == EntityType.ORGANIZATION) {
      return before.entity();
    }
    Entity body = names.bodyOfRole(role.entity());
    if (body != null) {
      return body;
    }
    if (before != null && before.entity().type() == EntityType.COUNTRY) {
      String label = before.provenance().quote() + " " + role.entity().label();
      return new Entity(EntityType.ROLE, before.entity().key() + "-" + role.entity().key(), label);
    }
    return role.entity();
  }

  /** Only spaces (or a comma) between two spans. */
  private static boolean close(String text, Span a, Span b) {
    return a.end() <= b.start() && b.start() - a.end() <= 3 && text.substring(a.end(), b.start()).matches("[\\s,]*");
  }

}
