package nl.kamergraaf.eval;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Scores the entities of one type found in a document (fractions, countries, persons, programs,
 * organizations), each entity once.
 *
 * <p>A gold entity and a system entity of the right type are the same when one of the gold names
 * (label and aliases) equals one of the system names (labels.rq plus the entity's label) after
 * {@link NameFolding}. Matching is one to one. Persons get no looser rule: "Ollongren" finds
 * "K.H. Ollongren" only because the gold lists it as an alias.
 */
final class EntityScorer implements Scorer {
  private final Category category;
  private final String type;
  private final Function<GoldDocument, List<GoldDocument.Entity>> goldList;

  private EntityScorer(
      Category category, String type, Function<GoldDocument, List<GoldDocument.Entity>> goldList) {
    this.category = category;
    this.type = type;
    this.goldList = goldList;
  }

  /** One scorer per entity category, each reading the entities.rq rows of its type. */
  static List<Scorer> all() {
    return List.of(
        new EntityScorer(Category.FRACTIONS, "Fraction", GoldDocument::fractions),
        new EntityScorer(Category.COUNTRIES, "Country", GoldDocument::countries),
        new EntityScorer(Category.PERSONS, "Person", GoldDocument::persons),
        new EntityScorer(Category.PROGRAMS, "Program", GoldDocument::programs),
        new EntityScorer(Category.ORGANIZATIONS, "Organization", GoldDocument::organizations));
  }

  @Override
  public void score(GoldDocument gold, DocFacts system, Tally tally) {
    List<DocFacts.Entity> found =
        system.entities().stream().filter(e -> type.equals(localName(e.type()))).toList();
    tally.compare(
        category,
        gold.doc(),
        goldList.apply(gold),
        found,
        (g, s) -> !Collections.disjoint(NameFolding.foldAll(g.names()), s.names()),
        EntityScorer::show,
        s -> s.label() + " <" + s.iri() + ">");
  }

  /** The gold entity as "label (aliases: a, b)". */
  static String show(GoldDocument.Entity entity) {
    return entity.aliases().isEmpty()
        ? entity.label()
        : entity.label() + " (aliases: " + String.join(", ", entity.aliases()) + ")";
  }

  /** {@code Person} from {@code Person} or from a full class IRI ending in it. */
  private static String localName(String type) {
    if (type == null) {
      return "";
    }
    int cut = Math.max(type.lastIndexOf('#'), type.lastIndexOf('/'));
    return type.substring(cut + 1);
  }
}
