package nl.kamergraaf.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.Names;
import nl.kamergraaf.extract.metadata.MetadataRules;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Span;

/**
 * The members who put written questions: "Vragen van de leden Van der Plas (BBB) en Dassen (Volt)
 * aan de Minister van Defensie ..." names each member with the fractie in brackets ("X en Y (beiden
 * VVD)": both of it). Each is a person, holds the post of member of the paper's chamber, and is a
 * member of that fractie.
 */
public final class Askers {
  /** The askers named, and what the heading says of them. */
  public record Found(List<Mention> persons, List<Relation> relations) {}

  private final MetadataRules rules = new MetadataRules();
  private final CuratedNames names;
  private final Posts posts;
  private final Entity member;

  public Askers(CuratedNames names) {
    this.names = names;
    this.posts = new Posts(names);
    this.member = names.byKey(EntityType.ROLE, "kamerlid");
  }

  public Found find(String text, List<Mention> mentions, DocumentInfo info) {
    List<Mention> persons = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    MetadataRules.Rule heading = rules.of(Field.ASKERS).get(0);
    MetadataRules.Rule item = rules.of(Field.ASKER).get(0);
    int start = 0;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      Matcher h = heading.pattern().matcher(line);
      if (h.matches()) {
        int listStart = start + raw.indexOf(line) + h.start(1);
        Matcher a = item.pattern().matcher(h.group(1));
        while (a.find()) {
          Entity fractie =
              fractie(mentions, new Span(listStart + a.start(2), listStart + a.end(2)), a.group(2));
          int at = listStart + a.start(1);
          for (String name : a.group(1).split("\\s+en\\s+")) {
            int s = text.indexOf(name, at);
            Span span = new Span(s, s + name.length());
            at = span.end();
            ask(text, span, fractie, mentions, info, persons, relations);
          }
        }
      }
      start += raw.length() + 1;
    }
    return new Found(persons, relations);
  }

  private void ask(
      String text,
      Span span,
      Entity fractie,
      List<Mention> mentions,
      DocumentInfo info,
      List<Mention> persons,
      List<Relation> relations) {
    Mention known = personAt(mentions, span);
    Entity person = known != null ? known.entity() : person(span.of(text));
    Provenance p = new Provenance(span, span.of(text), "metadata/asker");
    if (known == null) {
      persons.add(new Mention(person, p));
    }
    if (member != null) {
      Posts.Post post = posts.of(member, null, null, info);
      relations.add(
          new Relation(person, "holds-role", post.post(), Relation.Modality.ASSERTED, 0.9, p));
      if (post.within() != null) {
        relations.add(
            new Relation(
                post.post(),
                "post-in",
                post.within(),
                Relation.Modality.ASSERTED,
                0.9,
                new Provenance(span, span.of(text), "relation/post-in-" + post.how())));
      }
    }
    if (fractie != null) {
      relations.add(
          new Relation(
              person,
              "member-of",
              fractie,
              Relation.Modality.ASSERTED,
              0.9,
              new Provenance(span, span.of(text), "relation/asker-fractie")));
    }
  }

  private Entity person(String written) {
    String name = Names.normalise(written);
    Entity e = names.byName(name);
    if (e != null && e.type() == EntityType.PERSON) {
      return e;
    }
    return new Entity(EntityType.PERSON, name.toLowerCase(Locale.ROOT).replace(' ', '-'), name);
  }

  private static Mention personAt(List<Mention> mentions, Span span) {
    for (Mention m : mentions) {
      Span s = m.provenance().span();
      if (m.entity().type() == EntityType.PERSON
          && s.start() < span.end()
          && span.start() < s.end()) {
        return m;
      }
    }
    return null;
  }

  /** The fractie named in the brackets: its mention, else the name looked up. */
  private Entity fractie(List<Mention> mentions, Span brackets, String written) {
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.FRACTION && brackets.contains(m.provenance().span())) {
        return m.entity();
      }
    }
    Entity e = names.byName(Names.normalise(written));
    return e != null && e.type() == EntityType.FRACTION ? e : null;
  }
}
