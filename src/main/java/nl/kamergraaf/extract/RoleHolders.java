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

  List<Relation> find(String text, List<Mention> all) {
    // "SEDE" inside "SEDE-voorzitter" is not a mention between the role and the name.
    List<Mention> mentions = all.stream().filter(m -> !EntityRecognizer.isNested(m)).toList();
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
      Entity specific = held == role.entity() ? specificRole(role, mentions) : null;
      held = specific != null ? specific : held;
      Span span = new Span(before != null && held != role.entity() ? before.provenance().span().start()
          : role.provenance().span().start(), person.provenance().span().end());
      out.add(new Relation(person.entity(), "holds-role", held, Relation.Modality.ASSERTED, 0.8,
          new Provenance(span, span.of(text), "relation/role-before-name")));
      if (before != null && before.entity().type() == EntityType.ORGANIZATION && held.type() == EntityType.ORGANIZATION
          && !held.id().equals(before.entity().id())) {
        // "EP SEDE-voorzitter": the body glued to the title sits within the one named before it
        out.add(new Relation(held, "part-of", before.entity(), Relation.Modality.ASSERTED, 0.6,
            new Provenance(span, span.of(text), "relation/body-within-body")));
      }
    }
    java.util.Set<String> placed = new java.util.HashSet<>();
    out.forEach(r -> placed.add(r.subject().id()));
    curatedRolesNamed(mentions).stream().filter(r -> !placed.contains(r.subject().id())).forEach(out::add);
    return out;
  }

  /**
   * A known person's usual role (persons.tsv) holds in a document that names that role too:
   * "de Commissaris voor de Interne Markt ... Commissaris Breton". Roles change hands, so the
   * table alone is not enough. Only for persons no role is written next to.
   */
  private List<Relation> curatedRolesNamed(List<Mention> mentions) {
    java.util.Set<String> rolesNamed = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.ROLE) {
        rolesNamed.add(m.entity().id());
      }
    }
    List<Relation> out = new ArrayList<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (Mention m : mentions) {
      Entity role = names.curatedRole(m.entity());
      if (role != null && rolesNamed.contains(role.id()) && done.add(m.entity().id())) {
        out.add(new Relation(m.entity(), "holds-role", role, Relation.Modality.ASSERTED, 0.6,
            new Provenance(m.provenance().span(), m.provenance().quote(), "relation/curated-role-named")));
      }
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

  /**
   * "Commissaris Breton" after "de Commissaris voor de Interne Markt": a short role title means
   * the one fuller role of that title the document names, when there is exactly one.
   */
  private static Entity specificRole(Mention role, List<Mention> mentions) {
    String prefix = role.provenance().quote().toLowerCase(java.util.Locale.ROOT) + " ";
    java.util.Map<String, Entity> fuller = new java.util.HashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (e.type() == EntityType.ROLE && !e.id().equals(role.entity().id())
          && e.label().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
        fuller.put(e.id(), e);
      }
    }
    return fuller.size() == 1 ? fuller.values().iterator().next() : null;
  }

  /** Only spaces (or a comma) between two spans. */
  private static boolean close(String text, Span a, Span b) {
    return a.end() <= b.start() && b.start() - a.end() <= 3 && text.substring(a.end(), b.start()).matches("[\\s,]*");
  }

}
