package nl.kamergraaf.extract.people;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;

/**
 * The post a role is within an organisation or a state (W3C ORG: a person holds a post, the post is
 * in an organisation). A role of one organisation by its title ("secretaris-generaal van de NAVO",
 * roles.tsv) is that organisation's post itself; a title any organisation or state may have becomes
 * the post of the one written with it: "VN USG" is the Under-Secretary-General of the VN, "de
 * Oekraïense Minister van Defensie" Ukraine's minister. The posts of a committee are held in the
 * committee of the paper ("De fungerend voorzitter van de commissie"), a Kamerlid sits in the
 * paper's chamber.
 */
final class Posts {
  static final String COMMITTEE = "(committee)";
  static final String CHAMBER = "(chamber)";

  /**
   * A post and the organisation or country it is in (null when no one says); {@code how} says where
   * that came from: {@code written}, {@code table}, {@code committee} or {@code chamber}.
   */
  record Post(Entity post, Entity within, String how) {}

  private static final String ROLES = "/gazetteer/roles.tsv";
  private static final Set<String> HOLDERS = Set.of("one", "per-country", "many");

  private final CuratedNames names;
  private final Entity tweedeKamer;
  private final Map<String, String> bodies = new HashMap<>();
  private final Set<String> oneHolder = new HashSet<>();

  Posts(CuratedNames names) {
    this.names = names;
    this.tweedeKamer = names.byKey(EntityType.ORGANIZATION, "tweede-kamer");
    for (TsvTable.Row row : TsvTable.load(ROLES).require("key", "organization", "holders").rows()) {
      String body = row.get("organization");
      if (!body.isEmpty()
          && !body.equals(COMMITTEE)
          && !body.equals(CHAMBER)
          && names.byKey(EntityType.ORGANIZATION, body) == null) {
        throw new ExtractException(
            row.where() + ": organisation '" + body + "' is not in organizations.tsv");
      }
      if (!HOLDERS.contains(row.get("holders"))) {
        throw new ExtractException(
            row.where()
                + ": holders must be one of "
                + HOLDERS
                + ", not '"
                + row.get("holders")
                + "'");
      }
      if (!body.isEmpty()) {
        bodies.put(row.get("key"), body);
      }
      if (row.get("holders").equals("one")) {
        oneHolder.add(row.get("key"));
      }
    }
  }

  /** Whether one person at a time holds this role in the whole world (roles.tsv "holders"). */
  boolean oneHolder(Entity role) {
    return role.type() == EntityType.ROLE && oneHolder.contains(role.key());
  }

  /**
   * @param written the organisation or country written with the role, or null
   * @param writtenAs how the text names it ("Oekraïense", "VN"), for the post's label
   */
  Post of(Entity role, Entity written, String writtenAs, DocumentInfo info) {
    String tableKey = role.type() == EntityType.ROLE ? bodies.get(role.key()) : null;
    Entity own =
        tableKey == null || tableKey.startsWith("(")
            ? null
            : names.byKey(EntityType.ORGANIZATION, tableKey);
    if (written == null && own != null) {
      return new Post(role, own, "table");
    }
    if (written != null && own != null && written.id().equals(own.id())) {
      return new Post(role, own, "written");
    }
    Entity within = written;
    String how = "written";
    if (within == null && COMMITTEE.equals(tableKey)) {
      within = info.committee();
      how = "committee";
    } else if (within == null && CHAMBER.equals(tableKey)) {
      within = info.chamber() != null ? info.chamber().value() : tweedeKamer;
      how = "chamber";
    }
    if (within == null) {
      return new Post(role, null, null);
    }
    if (within.type() == EntityType.COUNTRY) {
      // "de Oekraïense Minister van Defensie": the adjective as written names the post
      return new Post(
          new Entity(
              EntityType.ROLE, within.key() + "-" + role.key(), writtenAs + " " + role.label()),
          within,
          how);
    }
    Set<String> alt = new LinkedHashSet<>();
    alt.add(role.label());
    Entity post =
        new Entity(
            EntityType.ROLE,
            within.key() + "-" + role.key(),
            role.label() + " (" + within.label() + ")",
            alt,
            null,
            Set.of());
    return new Post(post, within, how);
  }
}
