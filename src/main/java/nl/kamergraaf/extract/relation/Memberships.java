package nl.kamergraaf.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Span;

/**
 * "de bondgenoten, inclusief Nederland", "Nederland en andere lidstaten": a country the sentence
 * names as one of an organisation's members is a member of it — when the curated table {@code
 * gazetteer/memberships.tsv} says it is one.
 */
final class Memberships {
  private record Group(Entity organization, Pattern words, Set<String> members) {}

  private final List<Group> groups = new ArrayList<>();

  Memberships(EntityRecognizer names) {
    for (TsvTable.Row row :
        TsvTable.load("/gazetteer/memberships.tsv")
            .require("organization", "group-words", "members")
            .rows()) {
      Entity org = names.lookupId(EntityType.ORGANIZATION, row.get("organization"));
      if (org == null) {
        throw new ExtractException(
            row.where()
                + ": no organisation with key '"
                + row.get("organization")
                + "' in organizations.tsv");
      }
      String words =
          String.join("|", row.list("group-words").stream().map(Pattern::quote).toList());
      groups.add(
          new Group(
              org,
              Pattern.compile(
                  "(?<![\\p{L}-])(?:" + words + ")(?![\\p{L}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              Set.copyOf(
                  row.list("members").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList())));
    }
  }

  List<Relation> find(String text, Span sentence, List<Mention> inside) {
    List<Relation> out = new ArrayList<>();
    String s = sentence.of(text);
    for (Group g : groups) {
      Matcher m = g.words().matcher(s);
      while (m.find()) {
        int from = sentence.start() + m.start();
        int to = sentence.start() + m.end();
        for (Mention c : inside) {
          Entity e = c.entity();
          if (e.type() == EntityType.COUNTRY
              && g.members().contains(e.key())
              && named(text, from, to, c)) {
            out.add(
                new Relation(
                    e,
                    "member-of",
                    g.organization(),
                    Relation.Modality.ASSERTED,
                    0.6,
                    new Provenance(sentence, s, "relation/member-of-group")));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the sentence names the country as one of the group: "de bondgenoten, inclusief
   * Nederland", "lidstaten zoals Polen", "Nederland en andere lidstaten". A country that merely
   * stands in the same sentence as the group is not named as its member.
   */
  private static boolean named(String text, int groupStart, int groupEnd, Mention country) {
    Span c = country.provenance().span();
    if (OURS.matcher(text.substring(Math.max(0, groupStart - 20), groupStart)).find()) {
      return true; // "onze bondgenoten": the sentence speaks of the Netherlands' fellow members
    }
    if (c.start() >= groupEnd && c.start() - groupEnd <= 60) {
      return INCLUDES.matcher(text.substring(groupEnd, c.start())).find();
    }
    if (c.end() <= groupStart && groupStart - c.end() <= 40) {
      return OTHERS.matcher(text.substring(c.end(), groupStart)).matches();
    }
    return false;
  }

  private static final Pattern OURS =
      Pattern.compile(
          "\\bonze\\s+(?:\\p{L}+\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern INCLUDES =
      Pattern.compile(
          "^[^.;:()]*\\b(?:inclusief|waaronder|zoals|met inbegrip van|onder wie|als|met name|in het bijzonder|namelijk)\\s",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern OTHERS =
      Pattern.compile(
          "\\s*,?\\s*(?:en|of|als één van|als een van|samen met)\\s+(?:de\\s+|alle\\s+|vele\\s+|enkele\\s+)?(?:andere\\s+|overige\\s+)?(?:\\p{L}+-)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
}
