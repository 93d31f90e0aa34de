package nl.kamergraaf.eval;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.kamergraaf.extract.model.EntityType;

/**
 * Scores the entities of one type found in a document (fractions, countries, persons, programs,
 * organizations), each entity once.
 *
 * <p>A gold entity and a system entity of the right type are the same when one of the gold names
 * (label and aliases) equals one of the system names (labels.rq plus the entity's label) after
 * {@link NameFolding}. Matching is one to one. Persons get no looser rule: "Ollongren" finds "K.H.
 * Ollongren" only because the gold lists it as an alias.
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

  /**
   * One scorer per entity type with a gold list ({@code ontology/entity-types.tsv}), each reading
   * the entities.rq rows of its type, in the report's order.
   */
  static List<Scorer> all() {
    return EntityType.values().stream()
        .filter(t -> t.gold() != null)
        .map(
            t ->
                new EntityScorer(
                    Category.ofLabel(t.gold()), t.className(), gold -> gold.entities(t.gold())))
        .sorted(Comparator.comparing(s -> s.category))
        .map(Scorer.class::cast)
        .toList();
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
