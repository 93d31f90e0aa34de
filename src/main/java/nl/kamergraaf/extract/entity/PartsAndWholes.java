package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * Programmes named as a part of another programme: "artikel 4 van het Noord-Atlantisch Verdrag"
 * names an article and, inside it, the treaty. The part gets a mention of its own (made here when
 * no curated name covers it), and so does the whole nested in it.
 */
final class PartsAndWholes {
  /** The rule name of a whole found inside the name of its part; such mentions may nest. */
  static final String WHOLE_RULE = "entity/whole-in-part-name";

  /** The rule name of an organisation glued to a role's title; such mentions may nest. */
  static final String BODY_RULE = "entity/body-in-role-name";

  /** The rule name of a leader named in a programme's own name ("EU-trainingsmissie"). */
  static final String LEADER_RULE = "entity/leader-in-program-name";

  // "EU-trainingsmissie EUMAM", "EU maritieme veiligheid operatie", "het Duits geleide
  // inkoopproject"
  private static final Pattern LEADER =
      Pattern.compile(
          "^(?:(\\p{Lu}[\\p{L}]*)[- ](?:(?!(?:de|het|een)\\s)[\\p{L}]+[- ]){0,3}(?:trainingsmissie|missie|operatie|initiatief)\\b"
              + "|(\\p{Lu}\\p{L}+) geleide? )");

  private static final Pattern ARTICLE =
      Pattern.compile(
          "(?<![\\p{L}\\d])[Aa]rtikel (\\d+[a-z]?)((?:,? lid \\d+)?) van (?:het |de )?$");
  private static final Pattern PART_OF = Pattern.compile("^(.+?) van (?:het |de )(.+)$");
  private static final Set<EntityType> WHOLES = Set.of(EntityType.PROGRAM);

  private PartsAndWholes() {}

  /**
   * "artikel 42, lid 7 van het Verdrag betreffende de Europese Unie": an article right before a
   * programme's name, when no longer name covers the two.
   */
  static List<Mention> articles(String text, List<Mention> kept, DocumentNames local) {
    List<Mention> out = new ArrayList<>();
    for (Mention whole : kept) {
      if (!WHOLES.contains(whole.entity().type())) {
        continue;
      }
      int start = whole.provenance().span().start();
      Matcher m = ARTICLE.matcher(text).region(Math.max(0, start - 40), start);
      if (!m.find()) {
        continue;
      }
      String number = m.group(1) + m.group(2).replaceAll("\\D+", "-");
      String name = text.substring(m.start(), whole.provenance().span().end());
      Entity article = local.find(name, false);
      if (article == null) {
        article =
            new Entity(
                EntityType.PROGRAM,
                "article-" + number.toLowerCase(Locale.ROOT) + "-" + whole.entity().key(),
                name,
                Set.of("artikel " + m.group(1)),
                "agreement",
                Set.of());
        local.define(name, article);
      }
      Span span = new Span(m.start(), whole.provenance().span().end());
      out.add(new Mention(article, new Provenance(span, span.of(text), "entity/article-of")));
    }
    return out;
  }

  /** The wholes named inside the names of parts ("... van het Noord-Atlantisch Verdrag"). */
  static List<Mention> wholes(String text, List<Mention> kept, DocumentNames local) {
    List<Mention> out = new ArrayList<>();
    for (Mention part : kept) {
      if (part.entity().type() != EntityType.PROGRAM) {
        continue;
      }
      Matcher m = PART_OF.matcher(part.provenance().quote());
      if (!m.matches()) {
        continue;
      }
      Entity whole = local.find(m.group(2), false);
      if (whole != null
          && WHOLES.contains(whole.type())
          && !whole.id().equals(part.entity().id())) {
        int start = part.provenance().span().start() + m.start(2);
        Span span = new Span(start, part.provenance().span().end());
        out.add(new Mention(whole, new Provenance(span, span.of(text), WHOLE_RULE)));
      }
    }
    return out;
  }

  /** "SEDE-voorzitter": the body glued to a role's title is named there too. */
  static List<Mention> bodiesInRoles(String text, List<Mention> kept, DocumentNames local) {
    List<Mention> out = new ArrayList<>();
    for (Mention role : kept) {
      String quote = role.provenance().quote();
      int hyphen = quote.indexOf('-');
      if (role.entity().type() != EntityType.ROLE || hyphen <= 0) {
        continue;
      }
      Entity body = local.find(quote.substring(0, hyphen), false);
      if (body != null && body.type() == EntityType.ORGANIZATION) {
        int start = role.provenance().span().start();
        Span span = new Span(start, start + hyphen);
        out.add(new Mention(body, new Provenance(span, span.of(text), BODY_RULE)));
      }
    }
    return out;
  }

  /** The organisation or country a programme's name says leads it. */
  static List<Mention> leadersInNames(String text, List<Mention> kept, DocumentNames local) {
    List<Mention> out = new ArrayList<>();
    for (Mention program : kept) {
      Matcher m = LEADER.matcher(program.provenance().quote());
      if (program.entity().type() != EntityType.PROGRAM || !m.lookingAt()) {
        continue;
      }
      int group = m.group(1) != null ? 1 : 2;
      Entity leader = local.find(m.group(group), false);
      if (leader != null
          && (leader.type() == EntityType.ORGANIZATION || leader.type() == EntityType.COUNTRY)) {
        int start = program.provenance().span().start() + m.start(group);
        Span span = new Span(start, program.provenance().span().start() + m.end(group));
        out.add(new Mention(leader, new Provenance(span, span.of(text), LEADER_RULE)));
      }
    }
    return out;
  }

  static boolean isNested(Mention m) {
    String rule = m.provenance().rule();
    return WHOLE_RULE.equals(rule) || BODY_RULE.equals(rule) || LEADER_RULE.equals(rule);
  }

  /** True for a leader found inside a programme's name. */
  static boolean isLeaderInName(Mention m) {
    return LEADER_RULE.equals(m.provenance().rule());
  }

  /** True when the inner mention is a whole or a body named inside the outer mention's name. */
  static boolean namesItsWhole(Mention outer, Mention inner) {
    return isNested(inner) && outer.provenance().span().contains(inner.provenance().span());
  }
}
