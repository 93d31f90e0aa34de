package nl.kamergraaf.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * Persons the curated tables lack, named with a given name of {@code gazetteer/given-names.tsv} and
 * a capitalised surname: "Robin Brooks", "Hanno Pevkur", "Olger van Dijk" (rule person/given-name).
 * A name the tables give to something else is left to them.
 */
final class GivenNames {
  private final Pattern pattern;

  GivenNames() {
    List<String> names =
        TsvTable.load("/gazetteer/given-names.tsv").require("name").rows().stream()
            .map(r -> Pattern.quote(r.get("name")))
            .toList();
    this.pattern =
        Pattern.compile(
            "(?<![\\p{L}\\d.-])(?:"
                + String.join("|", names)
                + ")"
                + "(?:[ \\t]+(?:van|de|der|den|ter|von|da|di|du|le|la)){0,3}[ \\t]+\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?"
                + "(?![\\p{L}\\d-])");
  }

  /** The persons so named in {@code text}, as mentions of the document's persons. */
  List<Mention> find(String text, DocumentNames local) {
    List<Mention> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Entity e = local.find(m.group(), false);
      if (e != null && e.type() != EntityType.PERSON) {
        continue;
      }
      if (e == null) {
        e = local.person(m.group());
      }
      out.add(
          new Mention(
              e, new Provenance(new Span(m.start(), m.end()), m.group(), "person/given-name")));
    }
    return out;
  }
}
