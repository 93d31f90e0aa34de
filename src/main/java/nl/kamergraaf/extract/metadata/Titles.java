package nl.kamergraaf.extract.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.metadata.MetadataRules.Match;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * A paper's title from its heading block: the letterhead's subject ("Betreft ..."), else the
 * dossier's title (on the dossier line, "36 410 X Vaststelling van de begrotingsstaten ...", or on
 * the line after it, "21 501-28" / "Defensieraad"), else what the opening offers ("Hierbij bied ik
 * u het verslag aan van ..." gives "verslag van ..."), else the title of the dossier the identifier
 * came from. Never a paper's first sentence as such.
 */
final class Titles {
  private static final Pattern ARTICLE =
      Pattern.compile("^(?:het|de|een)\\s+", Pattern.CASE_INSENSITIVE);

  /** A line after the dossier number that is its title: short, capitalised, no sentence. */
  private static final Pattern DOSSIER_TITLE = Pattern.compile("^\\p{Lu}[^.:;]{2,150}$");

  private final MetadataRules rules;

  Titles(MetadataRules rules) {
    this.rules = rules;
  }

  DocumentInfo.Field<String> title(Head head, Identifiers.Dossier fromTable) {
    List<Line> lines = head.head();
    for (int i = 0; i < lines.size(); i++) {
      Optional<Match> m = rules.match(Field.TITLE, lines.get(i).text());
      if (m.isPresent()) {
        boolean onNext = m.get().matcher().group(1).isBlank() && i + 1 < lines.size();
        Line where = onNext ? lines.get(i + 1) : lines.get(i);
        String value = onNext ? where.text() : m.get().matcher().group(1);
        return field(value, where.span(), m.get().rule().ruleId());
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Optional<Match> m = rules.match(Field.DOSSIER, lines.get(i).text());
      if (m.isEmpty()) {
        continue;
      }
      if (m.get().matcher().group(4) != null) {
        Matcher d = m.get().matcher();
        Span span = new Span(lines.get(i).span().start() + d.start(4), lines.get(i).span().end());
        return field(d.group(4), span, "metadata/title-dossier");
      }
      if (i + 1 < lines.size()
          && DOSSIER_TITLE.matcher(lines.get(i + 1).text()).matches()
          && rules.match(Field.NUMBER, lines.get(i + 1).text()).isEmpty()
          && rules.match(Field.LETTER, lines.get(i + 1).text()).isEmpty()) {
        return field(
            lines.get(i + 1).text(), lines.get(i + 1).span(), "metadata/title-dossier-line");
      }
    }
    for (Line l : head.preamble()) {
      Optional<Match> m = rules.match(Field.OPENING_OFFER, l.text());
      if (m.isPresent()) {
        Matcher o = m.get().matcher();
        String value = o.group(1) + (o.groupCount() >= 2 && o.group(2) != null ? o.group(2) : "");
        Span span =
            new Span(
                l.span().start() + o.start(1),
                l.span().start() + o.end(o.groupCount() >= 2 && o.group(2) != null ? 2 : 1));
        return field(
            ARTICLE.matcher(value.strip()).replaceFirst(""), span, m.get().rule().ruleId());
      }
    }
    if (fromTable != null && !head.preamble().isEmpty()) {
      Line first = head.preamble().get(0);
      return new DocumentInfo.Field<>(
          fromTable.title(),
          new Provenance(first.span(), first.text(), "metadata/" + fromTable.id()));
    }
    return null;
  }

  private static DocumentInfo.Field<String> field(String value, Span span, String rule) {
    return new DocumentInfo.Field<>(value.strip(), new Provenance(span, value, rule));
  }
}
