package nl.kamergraaf.extract.entity;

import java.util.HashMap;
import java.util.Map;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The entities of the curated tables, looked up by a name they are written with or by their id
 * ({@code org/navo}), each in constant time: what the stages after recognition ask of the
 * gazetteers, and the names {@link EntityRecognizer} looks for in a text.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>
 * CuratedNames names = new CuratedNames(Gazetteer.load());
 * Entity navo = names.byId("org/navo");
 * Entity nl = names.byKey(EntityType.COUNTRY, "nl");
 * Entity eu = names.byName("Europese Unie");
 * </pre>
 */
public final class CuratedNames {
  private final Gazetteer gazetteer;
  private final NameIndex index = new NameIndex();
  private final Map<String, Entity> byId = new HashMap<>();

  public CuratedNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Gazetteer.Entry e : gazetteer.entries()) {
      // The first entry with an id keeps it, as it keeps its names (curated before members).
      byId.putIfAbsent(e.entity().id(), e.entity());
      for (String name : e.names()) {
        index.add(name, e.entity());
      }
    }
  }

  /** The curated entity with this name as written, or null. */
  public Entity byName(String name) {
    return index.find(name, false);
  }

  /** The curated entity with this type and key, or null. */
  public Entity byKey(EntityType type, String key) {
    return byId.get(type.pathSegment() + "/" + key);
  }

  /** The curated entity with this id ({@code segment/key}, e.g. {@code org/eu}), or null. */
  public Entity byId(String id) {
    return byId.get(id);
  }

  /** The role persons.tsv gives a curated person, or null. */
  public Entity curatedRole(Entity person) {
    String label = person.type() == EntityType.PERSON ? gazetteer.roleOfPerson(person.key()) : null;
    Entity role = label == null ? null : byName(label);
    return role != null && role.type() == EntityType.ROLE ? role : null;
  }

  /** The names, for matching in a text. */
  NameIndex index() {
    return index;
  }
}
