package nl.kamergraaf.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.Names;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.metadata.MetadataRules.Match;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * Everyone who signs a paper, co-signers included, each in the role written above the name ("De
 * minister van Defensie" / "drs. K.H. Ollongren", "De staatssecretaris van Defensie" / "mr. drs.
 * C.A. van der Maat"), or on one line ("De Minister van Defensie, K.H. Ollongren"); and the
 * minister who answers written questions ("Antwoord van Minister Brekelmans (Defensie)").
 */
final class Signatories {
  private static final int LONGEST_INLINE = 100;

  private final MetadataRules rules;
  private final CuratedNames names;

  Signatories(MetadataRules rules, CuratedNames names) {
    this.rules = rules;
    this.names = names;
  }

  List<DocumentInfo.Signatory> find(List<Line> lines) {
    List<DocumentInfo.Signatory> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Optional<Match> m;
      if (l.text().length() < LONGEST_INLINE
          && (m = rules.match(Field.SIGNATURE_INLINE, l.text())).isPresent()) {
        Matcher g = m.get().matcher();
        out.add(signatory(g.group(2), g.group(1), l.span(), l.text(), m.get().rule().ruleId()));
      } else if ((m = rules.match(Field.WRITTEN_ANSWER, l.text())).isPresent()) {
        Matcher g = m.get().matcher();
        out.add(
            signatory(
                g.group(2),
                g.group(1) + " van " + g.group(3),
                l.span(),
                l.text(),
                m.get().rule().ruleId()));
      } else if ((m = rules.match(Field.SIGNATURE_ROLE, l.text())).isPresent()
          && i + 1 < lines.size()) {
        Optional<Match> name = rules.match(Field.SIGNATURE_NAME, lines.get(i + 1).text());
        if (name.isPresent()) {
          Line n = lines.get(i + 1);
          out.add(
              signatory(
                  name.get().matcher().group(1),
                  m.get().matcher().group(1),
                  new Span(l.span().start(), n.span().end()),
                  l.text() + "\n" + n.text(),
                  m.get().rule().ruleId()));
          i++;
        }
      }
    }
    return out;
  }

  private DocumentInfo.Signatory signatory(
      String name, String role, Span span, String quote, String rule) {
    String n = Names.normalise(name);
    Entity person = names.byName(n);
    if (person == null || person.type() != EntityType.PERSON) {
      String[] words = n.split(" ");
      person = new Entity(EntityType.PERSON, words[words.length - 1].toLowerCase(Locale.ROOT), n);
    }
    String r = Names.normalise(role.replaceAll(",$", ""));
    r =
        Character.toUpperCase(r.charAt(0))
            + r.substring(1)
                .toLowerCase(Locale.ROOT)
                .replace("van defensie", "van Defensie")
                .replace("buitenlandse zaken", "Buitenlandse Zaken");
    Entity roleEntity = names.byName(r);
    if (roleEntity == null || roleEntity.type() != EntityType.ROLE) {
      roleEntity = new Entity(EntityType.ROLE, r.toLowerCase(Locale.ROOT), r);
    }
    return new DocumentInfo.Signatory(person, roleEntity, new Provenance(span, quote, rule));
  }
}
