package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Span;

/**
 * "de bondgenoten, inclusief Nederland", "onze bondgenoten ... Duitsland": a country named in a
 * sentence that speaks of an organisation's members as a group is a member of it — when the
 * curated table {@code gazetteer/memberships.tsv} says it is one.
 */
final class Memberships {
  private record Group(Entity organization, Pattern words, Set<String> members) {}

  private final List<Group> groups = new ArrayList<>();

  Memberships(EntityRecognizer names) {
    for (TsvTable.Row row : TsvTable.load("/gazetteer/memberships.tsv")
        .require("organization", "group-words", "members").rows()) {
      Entity org = names.lookupId(EntityType.ORGANIZATION, row.get("organization"));
      if (org == null) {
        throw new nl.kamergraaf.extract.ExtractException(row.where() + ": no organisation with key '"
            + row.get("organization") + "' in organizations.tsv");
      }
      String words = String.join("|", row.list("group-words").stream().map(Pattern::quote).toList());
      groups.add(new Group(org, Pattern.compile("(?<![\\p{L}-])(?:" + words + ")(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Set.copyOf(row.list("members").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList())));
    }
  }

  List<Relation> find(String text, Span sentence, List<Mention> inside) {
    List<Relation> out = new ArrayList<>();
    String s = sentence.of(text);
    for (Group g : groups) {
      Matcher m = g.words().matcher(s);
      if (!m.find()) {
        continue;
      }
      for (Mention c : inside) {
        Entity e = c.entity();
        if (e.type() == EntityType.COUNTRY && g.members().contains(e.key())) {
          out.add(new Relation(e, "member-of", g.organization(), Relation.Modality.ASSERTED, 0.6,
              new Provenance(sentence, s, "relation/member-of-group")));
        }
      }
    }
    return out;
  }
}
