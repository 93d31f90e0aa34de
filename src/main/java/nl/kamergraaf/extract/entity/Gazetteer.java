package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The curated names kamergraaf knows, from {@code data/gazetteer/*.tsv} (on the classpath under
 * {@code /gazetteer/}) plus the Dutch name of every ISO 3166 country from Java's locale data.
 *
 * <pre>
 * Gazetteer g = Gazetteer.load();
 * for (Gazetteer.Entry e : g.entries()) { ... e.entity() ... e.names() ... }
 * </pre>
 */
public final class Gazetteer {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private final List<Entry> entries;
  private final java.util.Map<String, String> roleBodies;
  private final java.util.Map<String, String> personRoles;

  private Gazetteer(List<Entry> entries, java.util.Map<String, String> roleBodies, java.util.Map<String, String> personRoles) {
    this.entries = List.copyOf(entries);
    this.roleBodies = java.util.Map.copyOf(roleBodies);
    this.personRoles = java.util.Map.copyOf(personRoles);
  }

  /** The label of the role persons.tsv gives a person (by key), or null. */
  public String roleOfPerson(String personKey) {
    return personRoles.get(personKey);
  }

  /** The key of the organisation a role's holder belongs to by that role alone, or null. */
  public String bodyOfRole(String roleKey) {
    return roleBodies.get(roleKey);
  }

  /** An entity and every name it may be written with (label included). */
  public record Entry(Entity entity, Set<String> names) {}

  public List<Entry> entries() {
    return entries;
  }

  /**
   * This gazetteer with more entries after the curated ones, e.g. the members of the people
   * tables ({@code extract.api.MemberNames}); a name claimed by a curated entry keeps its entity.
   */
  public Gazetteer withExtra(List<Entry> more) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(more);
    return new Gazetteer(all, roleBodies, personRoles);
  }

  public static Gazetteer load() {
    List<Entry> entries = new ArrayList<>();
    countries(entries);
    for (var row : TsvTable.load("/gazetteer/fractions.tsv").require("key", "label", "aliases").rows()) {
      entries.add(entry(EntityType.FRACTION, row.get("key"), row.get("label"), row.list("aliases"), null, row.get("wikidata")));
    }
    for (var row : TsvTable.load("/gazetteer/programs.tsv").require("key", "kind", "label", "aliases").rows()) {
      entries.add(entry(EntityType.PROGRAM, row.get("key"), row.get("label"), row.list("aliases"), row.get("kind"), row.get("wikidata")));
    }
    for (var row : TsvTable.load("/gazetteer/organizations.tsv").require("key", "label", "aliases").rows()) {
      entries.add(entry(EntityType.ORGANIZATION, row.get("key"), row.get("label"), row.list("aliases"), null, row.get("wikidata")));
    }
    java.util.Map<String, String> personRoles = new java.util.HashMap<>();
    for (var row : TsvTable.load("/gazetteer/persons.tsv").require("key", "label", "aliases", "role").rows()) {
      entries.add(entry(EntityType.PERSON, row.get("key"), row.get("label"), row.list("aliases"), null, row.get("wikidata")));
      if (!row.get("role").isEmpty()) {
        personRoles.put(row.get("key"), row.get("role"));
      }
    }
    java.util.Map<String, String> roleBodies = new java.util.HashMap<>();
    for (var row : TsvTable.load("/gazetteer/roles.tsv").require("key", "label", "aliases", "organization").rows()) {
      entries.add(entry(EntityType.ROLE, row.get("key"), row.get("label"), row.list("aliases"), null, ""));
      if (!row.get("organization").isEmpty()) {
        roleBodies.put(row.get("key"), row.get("organization"));
      }
    }
    return new Gazetteer(entries, roleBodies, personRoles);
  }

  /** Every ISO country with its Dutch name, plus the curated variants and adjectives. */
  private static void countries(List<Entry> entries) {
    var curated = new java.util.HashMap<String, TsvTable.Row>();
    for (var row : TsvTable.load("/gazetteer/countries.tsv").require("iso", "names", "adjectives").rows()) {
      curated.put(row.get("iso").toUpperCase(Locale.ROOT), row);
    }
    // Java's list lacks a few codes in use (XK, Kosovo); the curated table adds them.
    var codes = new java.util.TreeSet<>(java.util.Arrays.asList(Locale.getISOCountries()));
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
      Entity e = new Entity(EntityType.COUNTRY, iso.toLowerCase(Locale.ROOT), label, Set.copyOf(alts), null, sameAs(wikidata));
      Set<String> all = new LinkedHashSet<>();
      all.add(label);
      all.addAll(names);
      entries.add(new Entry(e, all));
    }
  }

  private static Entry entry(EntityType type, String key, String label, List<String> aliases, String kind, String wikidata) {
    Entity e = new Entity(type, key, label, new LinkedHashSet<>(aliases), kind == null || kind.isEmpty() ? null : kind, sameAs(wikidata));
    Set<String> names = new LinkedHashSet<>();
    names.add(label);
    names.addAll(aliases);
    return new Entry(e, names);
  }

  private static Set<String> sameAs(String wikidata) {
    return wikidata == null || wikidata.isBlank() ? Set.of() : Set.of(wikidata.strip());
  }
}
