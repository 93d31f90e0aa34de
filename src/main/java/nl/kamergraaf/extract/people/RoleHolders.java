package nl.kamergraaf.extract.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Span;

/**
 * Who holds which post: a person holds a role ({@code holds-role}), and the role, where the text or
 * roles.tsv says so, is a post in an organisation or a state ({@code post-in}; see {@link Posts}).
 *
 * <p>Read from a role written right before a person's name ("de Oekraïense Minister van Defensie
 * Umerov", "NAVO plv. SG van Weel", "EP SEDE-voorzitter Loiseau", "het lid Piri"), from the
 * signatures of the paper (every signer, in the post signed in, at the paper's date), and from a
 * known person's usual role when the paper names that role too.
 */
public final class RoleHolders {
  private final CuratedNames names;
  private final Posts posts;

  public RoleHolders(CuratedNames names) {
    this.names = names;
    this.posts = new Posts(names);
  }

  /**
   * The paper's info with each signer's role made the post signed in, and the relations saying so.
   */
  public record Signed(DocumentInfo info, List<Relation> relations) {}

  public Signed signers(DocumentInfo info) {
    List<DocumentInfo.Signatory> signatories = new ArrayList<>();
    List<Relation> out = new ArrayList<>();
    for (DocumentInfo.Signatory s : info.signatories()) {
      if (s.role() == null) {
        signatories.add(s);
        continue;
      }
      Posts.Post post = posts.of(s.role(), null, null, info);
      signatories.add(new DocumentInfo.Signatory(s.person(), post.post(), s.provenance()));
      out.add(
          new Relation(
              s.person(),
              "holds-role",
              post.post(),
              Relation.Modality.ASSERTED,
              0.9,
              s.provenance()));
      within(post, s.provenance(), out);
    }
    DocumentInfo withPosts =
        new DocumentInfo(
            info.identifier(),
            info.kind(),
            info.date(),
            info.title(),
            info.meeting(),
            info.committee(),
            signatories,
            info.chamber());
    return new Signed(withPosts, out);
  }

  public List<Relation> find(String text, List<Mention> all, DocumentInfo info) {
    // "SEDE" inside "SEDE-voorzitter" is not a mention between the role and the name.
    List<Mention> mentions = all.stream().filter(m -> !EntityRecognizer.isNested(m)).toList();
    List<Relation> out = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention role = mentions.get(i);
      Mention person = mentions.get(i + 1);
      if (role.entity().type() != EntityType.ROLE
          || person.entity().type() != EntityType.PERSON
          || !close(text, role.provenance().span(), person.provenance().span())) {
        continue;
      }
      Mention before =
          i > 0 && close(text, mentions.get(i - 1).provenance().span(), role.provenance().span())
              ? mentions.get(i - 1)
              : null;
      Mention body = writtenBody(role, before);
      Entity title = body == null ? specificRole(role, mentions) : role.entity();
      Posts.Post post =
          posts.of(
              title == null ? role.entity() : title,
              body == null ? null : body.entity(),
              body == null ? null : body.provenance().quote(),
              info);
      Span span =
          new Span(
              body != null
                  ? Math.min(body.provenance().span().start(), role.provenance().span().start())
                  : role.provenance().span().start(),
              person.provenance().span().end());
      Provenance p = new Provenance(span, span.of(text), "relation/role-before-name");
      out.add(
          new Relation(
              person.entity(), "holds-role", post.post(), Relation.Modality.ASSERTED, 0.8, p));
      within(post, p, out);
      placed.add(person.entity().id());
      bodyWithinBody(role, before, text, span, out);
    }
    for (Mention m : curatedRolesNamed(mentions)) {
      if (placed.add(m.entity().id())) {
        Entity role = names.curatedRole(m.entity());
        Posts.Post post = posts.of(role, null, null, info);
        Provenance p =
            new Provenance(
                m.provenance().span(), m.provenance().quote(), "relation/curated-role-named");
        out.add(
            new Relation(
                m.entity(), "holds-role", post.post(), Relation.Modality.ASSERTED, 0.6, p));
        within(post, p, out);
      }
    }
    return out;
  }

  /** The post sits within its organisation or state, where one is known. */
  private static void within(Posts.Post post, Provenance p, List<Relation> out) {
    if (post.within() != null) {
      out.add(
          new Relation(
              post.post(),
              "post-in",
              post.within(),
              Relation.Modality.ASSERTED,
              0.9,
              new Provenance(p.span(), p.quote(), "relation/post-in-" + post.how())));
    }
  }

  /**
   * The organisation or country written with the role: glued to it ("SEDE-voorzitter", nearer than
   * one before it) or right before it ("NAVO plv. SG", "Oekraïense Minister").
   */
  private Mention writtenBody(Mention role, Mention before) {
    String written = role.provenance().quote();
    int hyphen = written.indexOf('-');
    if (hyphen > 0) {
      Entity prefix = names.byName(written.substring(0, hyphen));
      if (prefix != null && prefix.type() == EntityType.ORGANIZATION) {
        Span at =
            new Span(role.provenance().span().start(), role.provenance().span().start() + hyphen);
        return new Mention(
            prefix, new Provenance(at, written.substring(0, hyphen), role.provenance().rule()));
      }
    }
    if (before != null
        && (before.entity().type() == EntityType.ORGANIZATION
            || before.entity().type() == EntityType.COUNTRY)) {
      return before;
    }
    return null;
  }

  /** "EP SEDE-voorzitter": the body glued to the title sits within the one named before it. */
  private void bodyWithinBody(
      Mention role, Mention before, String text, Span span, List<Relation> out) {
    Mention glued = writtenBody(role, null);
    if (glued != null
        && before != null
        && before.entity().type() == EntityType.ORGANIZATION
        && !glued.entity().id().equals(before.entity().id())) {
      out.add(
          new Relation(
              glued.entity(),
              "part-of",
              before.entity(),
              Relation.Modality.ASSERTED,
              0.6,
              new Provenance(span, span.of(text), "relation/body-within-body")));
    }
  }

  /**
   * A known person's usual role (persons.tsv) holds in a document that names that role too: "de
   * Commissaris voor de Interne Markt ... Commissaris Breton". Roles change hands, so the table
   * alone is not enough; nor is it for a title every country has (the Minister van Defensie named
   * in a paper about Hegseth is the Dutch one). Returns the first mention of each such person.
   */
  private List<Mention> curatedRolesNamed(List<Mention> mentions) {
    Set<String> rolesNamed = new HashSet<>();
    for (Mention m : mentions) {
      if (m.entity().type() == EntityType.ROLE) {
        rolesNamed.add(m.entity().id());
      }
    }
    List<Mention> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Mention m : mentions) {
      Entity role = names.curatedRole(m.entity());
      if (role != null
          && posts.oneHolder(role)
          && rolesNamed.contains(role.id())
          && done.add(m.entity().id())) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * "Commissaris Breton" after "de Commissaris voor de Interne Markt": a short role title means the
   * one fuller role of that title the document names, when there is exactly one.
   */
  private static Entity specificRole(Mention role, List<Mention> mentions) {
    String prefix = role.provenance().quote().toLowerCase(Locale.ROOT) + " ";
    Map<String, Entity> fuller = new HashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (e.type() == EntityType.ROLE
          && !e.id().equals(role.entity().id())
          && e.label().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        fuller.put(e.id(), e);
      }
    }
    return fuller.size() == 1 ? fuller.values().iterator().next() : null;
  }

  /** Only spaces (or a comma) between two spans. */
  private static boolean close(String text, Span a, Span b) {
    return a.end() <= b.start()
        && b.start() - a.end() <= 3
        && text.substring(a.end(), b.start()).matches("[\\s,]*");
  }
}
