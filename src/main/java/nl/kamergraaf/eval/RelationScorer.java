package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores relations as (subject, predicate, object), each distinct triple once.
 *
 * <p>Subject and object match by any name, widened as for questions (gold label to its gold
 * entity's aliases, system label to all names of its entity); the predicate must be equal.
 */
final class RelationScorer implements Scorer {

  private record Triple(
      Set<String> subject, String predicate, Set<String> object, String shown) {
    boolean sameAs(Triple other) {
      return predicate.equals(other.predicate)
          && !Collections.disjoint(subject, other.subject)
          && !Collections.disjoint(object, other.object);
    }
  }

  @Override
  public void score(GoldDocument gold, DocFacts system, Tally tally) {
    GoldNames goldNames = new GoldNames(gold);
    Set<List<String>> seen = new LinkedHashSet<>();
    List<Triple> expected = new ArrayList<>();
    for (GoldDocument.Relation r : gold.relations()) {
      if (seen.add(List.of(key(r.subject()), key(r.predicate()), key(r.object())))) {
        expected.add(new Triple(goldNames.namesOf(r.subject()), key(r.predicate()),
            goldNames.namesOf(r.object()), show(r.subject(), r.predicate(), r.object())));
      }
    }
    seen.clear();
    List<Triple> found = new ArrayList<>();
    for (Map<String, String> row : system.rows(ContractQuery.RELATIONS)) {
      String s = row.get("subject");
      String p = row.get("predicate");
      String o = row.get("object");
      if (seen.add(List.of(key(s), key(p), key(o)))) {
        found.add(new Triple(
            s == null ? Set.of() : system.namesOf(s), key(p),
            o == null ? Set.of() : system.namesOf(o), show(s, p, o)));
      }
    }
    tally.compare(Category.RELATIONS, gold.doc(), expected, found,
        Triple::sameAs, Triple::shown, Triple::shown);
  }

  private static String key(String value) {
    return value == null ? "" : value.trim();
  }

  private static String show(String subject, String predicate, String object) {
    return subject + " --" + predicate + "--> " + object;
  }
}
