package nl.kamergraaf.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;

/**
 * The fracties of the two chambers are different groups: the BBB-fractie of the Eerste Kamer is not
 * the one of the Tweede Kamer, though both are of the party BBB. In a paper of the Eerste Kamer
 * every fractie named is that chamber's ({@code fractie/eerste-kamer-bbb}); fractions.tsv lists
 * those of the Tweede Kamer. Each fractie a paper names sits in its chamber ({@code chamber}) and,
 * unless it is a group split off from a party (fractions.tsv's "Groep X", "Lid X", "Fractie X"), is
 * of the party whose name it bears ({@code of-party}).
 */
public final class ChamberFractions {
  private static final Pattern SPLIT_GROUP = Pattern.compile("^(?:Groep|Lid|Fractie)\\s.*");
  private static final String EERSTE_KAMER = "eerste-kamer";

  /** The mentions with each fractie made its chamber's, and what those fracties are part of. */
  public record Placed(List<Mention> mentions, List<Relation> relations) {}

  private final Entity tweedeKamer;
  private final Set<String> parties = new HashSet<>();

  public ChamberFractions(CuratedNames names) {
    this.tweedeKamer = names.byKey(EntityType.ORGANIZATION, "tweede-kamer");
    for (TsvTable.Row row :
        TsvTable.load("/gazetteer/fractions.tsv").require("key", "label").rows()) {
      if (!SPLIT_GROUP.matcher(row.get("label")).matches()) {
        parties.add(row.get("key"));
      }
    }
  }

  public Placed place(List<Mention> mentions, DocumentInfo info) {
    boolean eerste = info.chamber() != null && info.chamber().value().key().equals(EERSTE_KAMER);
    Entity chamber = info.chamber() != null ? info.chamber().value() : tweedeKamer;
    List<Mention> out = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (e.type() != EntityType.FRACTION) {
        out.add(m);
        continue;
      }
      Entity fractie = eerste ? eersteKamer(e) : e;
      Mention here = new Mention(fractie, m.provenance());
      out.add(here);
      if (placed.add(fractie.id())) {
        Provenance p =
            new Provenance(
                m.provenance().span(), m.provenance().quote(), "relation/fractie-chamber");
        relations.add(
            new Relation(fractie, "chamber", chamber, Relation.Modality.ASSERTED, 0.9, p));
        if (parties.contains(e.key())) {
          relations.add(
              new Relation(
                  fractie,
                  "of-party",
                  party(e),
                  Relation.Modality.ASSERTED,
                  0.9,
                  new Provenance(p.span(), p.quote(), "relation/fractie-of-party")));
        }
      }
    }
    return new Placed(out, relations);
  }

  private static Entity eersteKamer(Entity fractie) {
    Set<String> alt = new LinkedHashSet<>(fractie.altLabels());
    alt.add(fractie.label() + " (Eerste Kamer)");
    return new Entity(
        EntityType.FRACTION,
        EERSTE_KAMER + "-" + fractie.key(),
        fractie.label(),
        alt,
        null,
        Set.of());
  }

  /** The party a fractie of either chamber is of: named as the fractie is. */
  private static Entity party(Entity fractie) {
    return new Entity(
        EntityType.ORGANIZATION,
        "partij-" + fractie.key(),
        fractie.label(),
        Set.of(fractie.label() + " (partij)"),
        null,
        Set.of());
  }
}
