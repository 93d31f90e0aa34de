package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores who holds which role: one item per holds-role fact. A gold fact names its object by the
 * role ("Minister van Defensie") or by the organisation the role is in ("NAVO"); it matches the
 * system's fact of that person when any name of the role or its organisation agrees — the names the
 * gold gives the relation's {@code role} and the person's {@code role} and {@code affiliation}
 * count too.
 */
final class RoleScorer implements Scorer {
  /** "plv. SG (plaatsvervangend secretaris-generaal)": a name and another in brackets. */
  private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*$");

  @Override
  public void score(GoldDocument gold, DocFacts system, Tally tally) {
    GoldNames goldNames = new GoldNames(gold);
    Set<List<String>> seen = new LinkedHashSet<>();
    List<RelationScorer.Triple> expected = new ArrayList<>();
    for (GoldDocument.Relation r : gold.relations()) {
      if (!RelationScorer.HOLDS_ROLE.equals(RelationScorer.key(r.predicate()))
          || !seen.add(List.of(RelationScorer.key(r.subject()), RelationScorer.key(r.object())))) {
        continue;
      }
      Set<String> object = new LinkedHashSet<>(goldNames.namesOf(r.object()));
      object.addAll(names(goldNames, r.role()));
      GoldDocument.Entity person = person(gold, r.subject());
      if (person != null) {
        object.addAll(names(goldNames, person.role()));
        object.addAll(names(goldNames, person.affiliation()));
      }
      expected.add(
          new RelationScorer.Triple(
              goldNames.namesOf(r.subject()),
              RelationScorer.HOLDS_ROLE,
              object,
              RelationScorer.show(r.subject(), r.predicate(), r.object())));
    }
    List<RelationScorer.Triple> found =
        RelationScorer.found(system).stream()
            .filter(t -> t.predicate().equals(RelationScorer.HOLDS_ROLE))
            .toList();
    tally.compare(
        Category.ROLES,
        gold.doc(),
        expected,
        found,
        RelationScorer.Triple::sameAs,
        RelationScorer.Triple::shown,
        RelationScorer.Triple::shown);
  }

  private static GoldDocument.Entity person(GoldDocument gold, String name) {
    String folded = NameFolding.fold(name);
    for (GoldDocument.Entity p : gold.persons()) {
      if (NameFolding.foldAll(p.names()).contains(folded)) {
        return p;
      }
    }
    return null;
  }

  /** The names a gold role or affiliation gives: itself, and both parts of "X (Y)". */
  private static Set<String> names(GoldNames goldNames, String value) {
    Set<String> out = new LinkedHashSet<>();
    if (value == null || value.isBlank()) {
      return out;
    }
    out.addAll(goldNames.namesOf(value));
    Matcher m = BRACKETED.matcher(value);
    if (m.matches()) {
      out.addAll(goldNames.namesOf(m.group(1)));
      out.addAll(goldNames.namesOf(m.group(2)));
    }
    return out;
  }
}
