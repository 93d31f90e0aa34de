package nl.kamergraaf.extract.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.ingest.api.ApiPerson;
import nl.kamergraaf.ingest.api.Membership;
import nl.kamergraaf.ingest.api.People;

/**
 * The names of every member in the people tables, for the name recognition: the full name ("Inge
 * van Dijk") and the initials form ("I. van Dijk"). The surname alone is not added: many members
 * share one (three Van Dijks sat since 2008), and "Van Dijk" after "het lid" is read by the person
 * rules and then linked by {@link MemberLinker}, which can tell them apart.
 *
 * <pre>
 * Gazetteer all = gazetteer.withExtra(MemberNames.entries(people, new ApiEntities(gazetteer, people)));
 * </pre>
 */
public final class MemberNames {
  private MemberNames() {}

  /** One entry per member who held a seat, after the curated ones (which keep their names). */
  public static List<Gazetteer.Entry> entries(People people, ApiEntities entities) {
    Set<String> members = new LinkedHashSet<>();
    for (Membership m : people.memberships()) {
      members.add(m.persoonId());
    }
    List<Gazetteer.Entry> out = new ArrayList<>();
    for (String id : members) {
      ApiPerson p = people.person(id);
      Entity e = entities.person(p, null);
      if (e == null) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(p.fullName());
      if (p.initialsName() != null) {
        names.add(p.initialsName());
      }
      out.add(new Gazetteer.Entry(e, names));
    }
    return out;
  }
}
