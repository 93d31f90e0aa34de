package nl.kamergraaf.extract.amount;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * Who can give, receive or hold an amount, and for whom they act: countries and organisations (not
 * parliament), "het kabinet" and the ministries for Nederland, the writer's "ik"/"wij", "de
 * bondgenoten" for NATO ({@code gazetteer/memberships.tsv}), and the owner of a programme ({@code
 * gazetteer/program-owners.tsv}).
 */
final class Actors {
  private static final String ACTING_FOR = "/nl/kamergraaf/extract/rules/acting-for.tsv";
  private static final String OWNERS = "/gazetteer/program-owners.tsv";
  private static final String MEMBERSHIPS = "/gazetteer/memberships.tsv";

  /** Id patterns ({@code org/ministerie-van-*}) to the entity they act for, in file order. */
  private final Map<String, Entity> actingFor = new LinkedHashMap<>();

  private final List<String> notActors;
  private final Map<String, Entity> voices = new HashMap<>();
  private final Map<String, Entity> owners = new HashMap<>();
  private final Map<String, Entity> groups = new HashMap<>();
  private Entity defaultGiver;

  Actors(CuratedNames names, AmountLexicon lexicon) {
    for (TsvTable.Row row : TsvTable.load(ACTING_FOR).require("entity", "acts-for").rows()) {
      actingFor.put(row.get("entity"), entity(names, row.get("acts-for"), row.where()));
    }
    for (AmountLexicon.Row row : lexicon.rows(AmountLexicon.Cue.ACTOR)) {
      Entity target = entity(names, row.reads(), row.id());
      row.forms().forEach(f -> actingFor.put(f.tokens().get(0), target));
    }
    notActors =
        lexicon.rows(AmountLexicon.Cue.NOT_ACTOR).stream()
            .flatMap(r -> r.forms().stream())
            .map(f -> f.tokens().get(0))
            .toList();
    for (AmountLexicon.Row row : lexicon.rows(AmountLexicon.Cue.VOICE_ACTOR)) {
      Entity target = entity(names, row.reads(), row.id());
      row.forms().forEach(f -> voices.put(f.tokens().get(0), target));
    }
    for (AmountLexicon.Row row : lexicon.rows(AmountLexicon.Cue.DEFAULT_ACTOR)) {
      defaultGiver = entity(names, row.reads(), row.id());
    }
    for (TsvTable.Row row : TsvTable.load(OWNERS).require("program", "owner").rows()) {
      if (names.byKey(EntityType.PROGRAM, row.get("program")) == null) {
        throw new ExtractException(
            row.where() + ": no programme with key '" + row.get("program") + "' in programs.tsv");
      }
      owners.put(row.get("program"), entity(names, row.get("owner"), row.where()));
    }
    for (TsvTable.Row row :
        TsvTable.load(MEMBERSHIPS).require("organization", "group-words").rows()) {
      Entity org = entity(names, "org/" + row.get("organization"), row.where());
      row.list("group-words").forEach(w -> groups.put(w.toLowerCase(Locale.ROOT), org));
    }
  }

  private static Entity entity(CuratedNames names, String id, String where) {
    String[] parts = id.split("/", 2);
    Entity e = parts.length == 2 ? names.byKey(EntityType.parse(parts[0]), parts[1]) : null;
    if (e == null) {
      throw new ExtractException(where + ": no entity '" + id + "' in the gazetteers");
    }
    return e;
  }

  /**
   * Whether this entity can give, receive or hold money: a country, an organisation, an office that
   * acts for one.
   */
  boolean isActor(Entity e) {
    EntityType t = e.type();
    boolean acting =
        t == EntityType.COUNTRY
            || t == EntityType.ORGANIZATION
            || (t == EntityType.ROLE && actingFor(e) != e);
    return acting && notActors.stream().noneMatch(p -> matches(p, e.id()));
  }

  /** The entity that gives when {@code e} is named as the giver ("het kabinet": Nederland). */
  Entity actingFor(Entity e) {
    for (Map.Entry<String, Entity> p : actingFor.entrySet()) {
      if (matches(p.getKey(), e.id())) {
        return p.getValue();
      }
    }
    return e;
  }

  /** The government a writer's pronoun stands for ("ik", "wij"), or null. */
  Entity voice(String lowerWord) {
    return voices.get(lowerWord);
  }

  /** The organisation a group word names its members as ("bondgenoten": NAVO), or null. */
  Entity group(String lowerWord) {
    return groups.get(lowerWord);
  }

  /**
   * Who gives money made available in the passive when nothing else says (the papers' own state),
   * or null.
   */
  Entity defaultGiver() {
    return defaultGiver;
  }

  /** Whose programme it is (program-owners.tsv), or null. */
  Entity owner(Entity program) {
    return program.type() == EntityType.PROGRAM ? owners.get(program.key()) : null;
  }

  private static boolean matches(String pattern, String id) {
    return pattern.endsWith("*")
        ? id.startsWith(pattern.substring(0, pattern.length() - 1))
        : pattern.equals(id);
  }
}
