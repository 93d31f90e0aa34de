package nl.kamergraaf.extract.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.metadata.MetadataRules.Match;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * The full Kamerstuk identifier, {@code dossier[-sub][-chapter]-nr}: "21 501-28" and "Nr. 300" give
 * 21501-28-300, "36 410 X" and the Eerste Kamer's letter "C" give 36410-X-C. A paper that prints
 * only its number takes the dossier of the recurring meeting its preamble names ({@code
 * rules/dossiers.tsv}).
 */
final class Identifiers {
  private static final String DOSSIERS = "/nl/kamergraaf/extract/rules/dossiers.tsv";

  /** A dossier of a recurring meeting. */
  record Dossier(String id, String dossier, String title, Pattern meeting) {}

  private final MetadataRules rules;
  private final List<Dossier> dossiers;

  Identifiers(MetadataRules rules) {
    this.rules = rules;
    this.dossiers =
        TsvTable.load(DOSSIERS).require("id", "dossier", "title", "meeting").rows().stream()
            .map(r -> new Dossier(r.get("id"), r.get("dossier"), r.get("title"), compile(r)))
            .toList();
  }

  /** The identifier as printed in the head, or null. */
  DocumentInfo.Field<String> identifier(Head head, DocumentInfo.Meeting meeting) {
    Line dossierLine = null;
    Matcher dossier = null;
    Line nrLine = null;
    Match nr = null;
    for (Line l : head.head()) {
      Optional<Match> m;
      if (dossier == null && (m = rules.match(Field.DOSSIER, l.text())).isPresent()) {
        dossier = m.get().matcher();
        dossierLine = l;
      } else if (nr == null && (m = rules.match(Field.NUMBER, l.text())).isPresent()) {
        nr = m.get();
        nrLine = l;
      } else if (nr == null && (m = rules.match(Field.LETTER, l.text())).isPresent()) {
        nr = m.get();
        nrLine = l;
      }
    }
    if (dossier == null && nr == null) {
      return null;
    }
    String number = nr == null ? null : nr.matcher().group(1);
    if (dossier == null) {
      Dossier known = meeting == null ? null : dossierOf(meeting.meeting().label());
      String id = known == null ? number : known.dossier() + "-" + number;
      String rule = known == null ? nr.rule().ruleId() : "metadata/" + known.id();
      return new DocumentInfo.Field<>(id, new Provenance(nrLine.span(), nrLine.text(), rule));
    }
    StringBuilder id = new StringBuilder(dossier.group(1).replaceAll("\\s", ""));
    int end = dossier.end(1);
    for (int g = 2; g <= 3; g++) {
      if (dossier.group(g) != null) {
        id.append('-').append(dossier.group(g));
        end = dossier.end(g);
      }
    }
    Span span = new Span(dossierLine.span().start(), dossierLine.span().start() + end);
    if (number != null) {
      id.append('-').append(number);
      span =
          new Span(
              Math.min(span.start(), nrLine.span().start()),
              Math.max(span.end(), nrLine.span().end()));
    }
    return new DocumentInfo.Field<>(id.toString(), new Provenance(span, "", "metadata/dossier"));
  }

  /** The dossier of the recurring meeting with this name, or null. */
  Dossier dossierOf(String meeting) {
    for (Dossier d : dossiers) {
      if (d.meeting().matcher(meeting).find()) {
        return d;
      }
    }
    return null;
  }

  private static Pattern compile(TsvTable.Row row) {
    try {
      return Pattern.compile(row.get("meeting"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new ExtractException(row.where() + ": bad pattern: " + e.getDescription(), e);
    }
  }
}
