package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The curated names kamergraaf knows, from the gazetteer of each entity type in {@code
 * ontology/entity-types.tsv} ({@code data/gazetteer/*.tsv}, on the classpath under {@code
 * /gazetteer/}) plus the Dutch name of every ISO 3166 country from Java's locale data.
 *
 * <pre>
 * Gazetteer g = Gazetteer.load();
 * for (Gazetteer.Entry e : g.entries()) { ... e.entity() ... e.names() ... }
 * </pre>
 */
public final class Gazetteer {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String DIR = "/gazetteer/";
  private final List<Entry> entries;
  private final Map<String, String> personRoles;

  private Gazetteer(List<Entry> entries, Map<String, String> personRoles) {
    this.entries = List.copyOf(entries);
    this.personRoles = Map.copyOf(personRoles);
  }

  /** The label of the role persons.tsv gives a person (by key), or null. */
  public String roleOfPerson(String personKey) {
    return personRoles.get(personKey);
  }

  /** An entity and every name it may be written with (label included). */
  public record Entry(Entity entity, Set<String> names) {}

  public List<Entry> entries() {
    return entries;
  }

  /**
   * This gazetteer with more entries after the curated ones, e.g. the members of the people tables
   * ({@code extract.api.MemberNames}); a name claimed by a curated entry keeps its entity.
   */
  public Gazetteer withExtra(List<Entry> more) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(more);
    return new Gazetteer(all, personRoles);
  }

  /**
   * Loads the gazetteer of every entity type that has one ({@code ontology/entity-types.tsv}), in
   * the table's order: a table of states ({@code iso} column) adds every ISO 3166 country, any
   * other gives one entry per row.
   */
  public static Gazetteer load() {
    List<Entry> entries = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      if (type.gazetteer() == null) {
        continue;
      }
      TsvTable table = TsvTable.load(DIR + type.gazetteer());
      if (table.has("iso")) {
        countries(type, table, entries);
      } else {
        names(type, table, entries);
      }
    }
    return new Gazetteer(entries, column(EntityType.PERSON, "role"));
  }

  /** One entry per row: key, label, aliases, and kind and wikidata where the table has them. */
  private static void names(EntityType type, TsvTable table, List<Entry> entries) {
    for (TsvTable.Row row : table.require("key", "label", "aliases").rows()) {
      entries.add(
          entry(
              type,
              row.get("key"),
              row.get("label"),
              row.list("aliases"),
              row.get("kind"),
              row.get("wikidata")));
    }
  }

  /** Key to a column's value, for the rows of a type's gazetteer that fill it. */
  private static Map<String, String> column(EntityType type, String column) {
    Map<String, String> values = new HashMap<>();
    for (TsvTable.Row row : TsvTable.load(DIR + type.gazetteer()).require("key", column).rows()) {
      if (!row.get(column).isEmpty()) {
        values.put(row.get("key"), row.get(column));
      }
    }
    return values;
  }

  /** Every ISO country with its Dutch name, plus the curated variants and adjectives. */
  private static void countries(EntityType type, TsvTable table, List<Entry> entries) {
    Map<String, TsvTable.Row> curated = new HashMap<>();
    for (TsvTable.Row row : table.require("iso", "names", "adjectives").rows()) {
      curated.put(row.get("iso").toUpperCase(Locale.ROOT), row);
    }
    // Java's list lacks a few codes in use (XK, Kosovo); the curated table adds them.
    Set<String> codes = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
    codes.addAll(curated.keySet());
    for (String iso : codes) {
      String label = new Locale("", iso).getDisplayCountry(DUTCH);
      if (label.isBlank() || label.equals(iso)) {
        continue;
      }
      TsvTable.Row row = curated.get(iso);
      List<String> names = new ArrayList<>();
      List<String> alts = new ArrayList<>();
      String wikidata = "";
      if (row != null) {
        names.addAll(row.list("names"));
        alts.addAll(row.list("names"));
        names.addAll(row.list("adjectives"));
        wikidata = row.get("wikidata");
      }
      Entity e =
          new Entity(
              type, iso.toLowerCase(Locale.ROOT), label, Set.copyOf(alts), null, sameAs(wikidata));
      Set<String> all = new LinkedHashSet<>();
      all.add(label);
      all.addAll(names);
      entries.add(new Entry(e, all));
    }
  }

  private static Entry entry(
      EntityType type,
      String key,
      String label,
      List<String> aliases,
      String kind,
      String wikidata) {
    Entity e =
        new Entity(
            type,
            key,
            label,
            new LinkedHashSet<>(aliases),
            kind == null || kind.isEmpty() ? null : kind,
            sameAs(wikidata));
    Set<String> names = new LinkedHashSet<>();
    names.add(label);
    names.addAll(aliases);
    return new Entry(e, names);
  }

  private static Set<String> sameAs(String wikidata) {
    return wikidata == null || wikidata.isBlank() ? Set.of() : Set.of(wikidata.strip());
  }
}
