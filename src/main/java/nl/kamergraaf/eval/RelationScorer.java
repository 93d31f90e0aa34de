package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores relations as (subject, predicate, object), each distinct triple once.
 *
 * <p>Subject and object match by any name, widened as for questions (gold label to its gold
 * entity's aliases, system label to all names of its entity); the predicate must be equal. A
 * holds-role row that reaches an organisation through a role ({@code ?via}) is the same fact as the
 * row of that role: one item, named by the role and by its organisation.
 */
final class RelationScorer implements Scorer {
  static final String HOLDS_ROLE = "holds-role";

  /** One relation; {@code object} holds every name it goes by. */
  record Triple(Set<String> subject, String predicate, Set<String> object, String shown) {
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
        expected.add(
            new Triple(
                goldNames.namesOf(r.subject()),
                key(r.predicate()),
                goldNames.namesOf(r.object()),
                show(r.subject(), r.predicate(), r.object())));
      }
    }
    tally.compare(
        Category.RELATIONS,
        gold.doc(),
        expected,
        found(system),
        Triple::sameAs,
        Triple::shown,
        Triple::shown);
  }

  /** The system's relations of a document, a role's organisation folded into the role's row. */
  static List<Triple> found(DocFacts system) {
    Map<List<String>, Triple> found = new LinkedHashMap<>();
    for (Map<String, String> row : system.rows(ContractQuery.RELATIONS)) {
      String s = row.get("subject");
      String p = row.get("predicate");
      String o = row.get("object");
      String via = HOLDS_ROLE.equals(p) ? row.get("via") : null;
      String named = via != null ? via : o;
      Triple t =
          found.computeIfAbsent(
              List.of(key(s), key(p), key(named)),
              k ->
                  new Triple(
                      s == null ? Set.of() : system.namesOf(s),
                      key(p),
                      new LinkedHashSet<>(named == null ? Set.of() : system.namesOf(named)),
                      show(s, p, named)));
      if (via != null && o != null) {
        t.object().addAll(system.namesOf(o));
      }
    }
    return new ArrayList<>(found.values());
  }

  static String key(String value) {
    return value == null ? "" : value.trim();
  }

  static String show(String subject, String predicate, String object) {
    return subject + " --" + predicate + "--> " + object;
  }
}
