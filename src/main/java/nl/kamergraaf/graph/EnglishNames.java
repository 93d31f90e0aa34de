package nl.kamergraaf.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * The English names of curated entities, as labels tagged {@code @en}: every ISO country by the
 * JDK's English locale data, organisations, programmes and roles by {@code
 * data/gazetteer/english-names.tsv}.
 *
 * <p>The Dutch name stays the untagged {@code skos:prefLabel} it has always been, the one queries
 * that do not ask for a language read; the English ones come beside it, so {@code
 * FILTER(lang(?label) != "en")} keeps a query on the Dutch names.
 *
 * <pre>
 * for (Triple t : EnglishNames.defaults().labels(node, entity)) { ... }
 * </pre>
 */
public final class EnglishNames {
  private static final String RESOURCE = "/gazetteer/english-names.tsv";
  private static final String EN = "en";
  private static final Set<EntityType> TYPES =
      Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PROGRAM, EntityType.ROLE);
  private static final EnglishNames DEFAULT = load();

  /** An entity's English name and its other English names. */
  public record Names(String label, List<String> aliases) {}

  private final Map<String, Names> table;

  private EnglishNames(Map<String, Names> table) {
    this.table = table;
  }

  /** The names of the bundled table, read once. */
  public static EnglishNames defaults() {
    return DEFAULT;
  }

  private static EnglishNames load() {
    Map<String, Names> table = new TreeMap<>();
    for (TsvTable.Row row : TsvTable.load(RESOURCE).require("entity", "label", "aliases").rows()) {
      String id = row.get("entity");
      EntityType type = typeOf(id);
      if (type == null) {
        throw new ExtractException(
            row.where() + ": '" + id + "' is no country/…, org/…, program/… " + "or role/… entity");
      }
      if (row.get("label").isEmpty() && type != EntityType.COUNTRY) {
        throw new ExtractException(row.where() + ": " + id + " has no English label");
      }
      if (table.put(id, new Names(row.get("label"), row.list("aliases"))) != null) {
        throw new ExtractException(row.where() + ": " + id + " is listed twice");
      }
    }
    return new EnglishNames(table);
  }

  private static EntityType typeOf(String id) {
    int slash = id.indexOf('/');
    if (slash <= 0 || slash == id.length() - 1) {
      return null;
    }
    try {
      EntityType type = EntityType.parse(id.substring(0, slash));
      return TYPES.contains(type) ? type : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The entity ids the table names, e.g. {@code org/navo}, for checks against the gazetteer. */
  public Set<String> listed() {
    return table.keySet();
  }

  /** An entity's English names, or null: a country always has one (the JDK's). */
  public Names of(Entity e) {
    if (!TYPES.contains(e.type())) {
      return null;
    }
    Names row = table.get(e.id());
    if (e.type() == EntityType.COUNTRY) {
      String iso = e.key().toUpperCase(Locale.ROOT);
      String jdk = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
      boolean known = !jdk.isBlank() && !jdk.equals(iso);
      String label = row != null && !row.label().isEmpty() ? row.label() : known ? jdk : null;
      if (label == null) {
        return null;
      }
      return new Names(label, row == null ? List.of() : row.aliases());
    }
    return row;
  }

  /**
   * The triples naming {@code node} in English: {@code skos:prefLabel} (a sub-property of {@code
   * rdfs:label}, which is not copied, as for the Dutch name), {@code skos:altLabel} for the
   * aliases; none for an entity without an English name.
   */
  public List<Triple> labels(Node node, Entity e) {
    Names names = of(e);
    List<Triple> out = new ArrayList<>();
    if (names == null) {
      return out;
    }
    Node label = NodeFactory.createLiteralLang(names.label(), EN);
    out.add(Triple.create(node, SKOS.prefLabel.asNode(), label));
    Set<String> aliases = new LinkedHashSet<>(names.aliases());
    aliases.remove(names.label());
    for (String alias : aliases) {
      out.add(
          Triple.create(node, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, EN)));
    }
    return out;
  }
}
