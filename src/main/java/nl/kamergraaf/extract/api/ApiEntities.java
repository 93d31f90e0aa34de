package nl.kamergraaf.extract.api;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.entity.NameIndex;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.ingest.api.ApiCommittee;
import nl.kamergraaf.ingest.api.ApiFractie;
import nl.kamergraaf.ingest.api.ApiPerson;
import nl.kamergraaf.ingest.api.People;

/**
 * The API's persons, fracties, committees and functions as kamergraaf entities. A name the curated
 * gazetteers know becomes that entity ("CDA" → {@code fractie/cda}, "Ruben Brekelmans" → {@code
 * person/ruben-brekelmans}, "vaste commissie voor Defensie" → its organisation), so the API and the
 * text name one thing with one IRI. Other persons get the slug of their full name ({@code
 * person/inge-van-dijk}), with the first eight characters of their GUID added when the people
 * tables hold two persons of that name.
 */
public final class ApiEntities {
  private final NameIndex curated = new NameIndex();
  private final People people;
  private final Map<String, String> personKeys = new HashMap<>();

  public ApiEntities(Gazetteer gazetteer, People people) {
    this.people = people;
    for (Gazetteer.Entry e : gazetteer.entries()) {
      for (String name : e.names()) {
        curated.add(name, e.entity());
      }
    }
    Map<String, Set<String>> idsBySlug = new HashMap<>();
    for (ApiPerson p : people.persons().values()) {
      idsBySlug.computeIfAbsent(key(p.fullName()), k -> new LinkedHashSet<>()).add(p.id());
    }
    for (ApiPerson p : people.persons().values()) {
      String slug = key(p.fullName());
      boolean shared = idsBySlug.get(slug).size() > 1;
      personKeys.put(
          p.id(), shared ? slug + "-" + p.id().substring(0, 8).toLowerCase(Locale.ROOT) : slug);
    }
  }

  public People people() {
    return people;
  }

  /**
   * The entity of an API person, its name completed from the people tables where the record has
   * only the id; {@code fallbackName} ({@code ActorNaam}) when there is no name at all. Null when
   * there is nothing to name it by.
   */
  public Entity person(ApiPerson person, String fallbackName) {
    ApiPerson p = complete(person);
    String label = p != null && p.hasName() ? p.fullName() : fallbackName;
    if (label == null || label.isBlank()) {
      return null;
    }
    Entity known = curated(label, EntityType.PERSON);
    if (known == null && p != null && p.initialsName() != null) {
      known = curated(p.initialsName(), EntityType.PERSON);
    }
    if (known != null) {
      return p != null && p.initialsName() != null ? known.withAltLabel(p.initialsName()) : known;
    }
    String key = p != null && personKeys.containsKey(p.id()) ? personKeys.get(p.id()) : key(label);
    Entity e = new Entity(EntityType.PERSON, key, label);
    return p != null && p.initialsName() != null ? e.withAltLabel(p.initialsName()) : e;
  }

  /** The person with the details the people tables have, or as given. */
  public ApiPerson complete(ApiPerson person) {
    if (person == null) {
      return null;
    }
    ApiPerson full = people.person(person.id());
    return !person.hasName() && full != null ? full : person;
  }

  /** The entity of an API fractie (or of a fractie named {@code fallbackName}), or null. */
  public Entity fractie(ApiFractie fractie, String fallbackName) {
    ApiFractie f = fractie;
    if (f != null && f.label() == null && people.fractie(f.id()) != null) {
      f = people.fractie(f.id());
    }
    String label = f != null && f.label() != null ? f.label() : fallbackName;
    if (label == null || label.isBlank()) {
      return null;
    }
    for (String name : new String[] {label, f == null ? null : f.name()}) {
      Entity known = name == null ? null : curated(name, EntityType.FRACTION);
      if (known != null) {
        return known;
      }
    }
    Entity e = new Entity(EntityType.FRACTION, key(label), label);
    return f != null && f.name() != null ? e.withAltLabel(f.name()) : e;
  }

  /** The entity of an API committee (or one named {@code fallbackName}), or null. */
  public Entity committee(ApiCommittee committee, String fallbackName) {
    String label = committee != null && committee.name() != null ? committee.name() : fallbackName;
    return label == null || label.isBlank() ? null : organization(label);
  }

  /** The organisation with this name ("Tweede Kamer"): the curated one, or one of that name. */
  public Entity organization(String name) {
    Entity known = curated(name, EntityType.ORGANIZATION);
    return known != null ? known : new Entity(EntityType.ORGANIZATION, key(name), name);
  }

  /** The curated role a {@code Functie} names ("minister van Defensie"), or null. */
  public Entity role(String function) {
    return function == null ? null : curated(function, EntityType.ROLE);
  }

  /** The curated fractie with this name, or null. */
  public Entity curatedFractie(String name) {
    return curated(name, EntityType.FRACTION);
  }

  /** The curated entity of this type with this name, or null. */
  private Entity curated(String name, EntityType type) {
    Entity e = curated.find(name, false);
    return e != null && e.type() == type ? e : null;
  }

  /** A key from a name: lower case, words joined by '-'; the IRI is minted from it. */
  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  /** Identities for the entities made from API records, for the graph. */
  static List<Identified> identities(Entity entity, String set, String id) {
    return entity == null || id == null ? List.of() : List.of(new Identified(entity, set, id));
  }
}
