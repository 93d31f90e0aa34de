package nl.kamergraaf.extract.model;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A thing named in the documents, identified across documents by its type and key.
 *
 * <p>The key is stable: the same entity gets the same key, and so the same IRI, in every document
 * and every build (an ISO code for a country, a curated id from a gazetteer, or a slug of the
 * acronym that defined it).
 *
 * @param label the canonical label
 * @param altLabels other names seen or curated
 * @param kind finer kind where known (programmes: {@code EU instrument}, {@code mission} …)
 * @param sameAs external identifiers (e.g. {@code wikidata:Q55}) where a curated table gives one
 */
public record Entity(
    EntityType type,
    String key,
    String label,
    Set<String> altLabels,
    String kind,
    Set<String> sameAs) {

  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (key.isBlank()) {
      throw new IllegalArgumentException("blank key for entity '" + label + "'");
    }
    altLabels = Set.copyOf(new LinkedHashSet<>(altLabels));
    sameAs = Set.copyOf(sameAs);
  }

  public Entity(EntityType type, String key, String label) {
    this(type, key, label, Set.of(), null, Set.of());
  }

  /** Identity across documents. */
  public String id() {
    return type.pathSegment() + "/" + key;
  }

  /** The same entity with one more alternative name (unless it is the label itself). */
  public Entity withAltLabel(String alt) {
    if (alt.equals(label) || altLabels.contains(alt)) {
      return this;
    }
    Set<String> more = new LinkedHashSet<>(altLabels);
    more.add(alt);
    return new Entity(type, key, label, more, kind, sameAs);
  }
}
