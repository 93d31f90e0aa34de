package nl.kamergraaf.extract.metadata;

import java.util.regex.Matcher;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.Span;

/**
 * Reads what a paper says about itself, with the rules of {@code rules/metadata.tsv}: its
 * identifier, kind, date, title, chamber, the meeting it concerns, its committee and everyone who
 * signs it.
 *
 * <pre>
 * DocumentInfo info = new MetadataExtractor(new CuratedNames(Gazetteer.load())).extract(document);
 * </pre>
 */
public final class MetadataExtractor {
  private final MetadataRules rules = new MetadataRules();
  private final CuratedNames names;
  private final Identifiers identifiers = new Identifiers(rules);
  private final DocumentDates dates = new DocumentDates(rules);
  private final Titles titles = new Titles(rules);
  private final Chambers chambers;
  private final Meetings meetings;
  private final Signatories signatories;

  public MetadataExtractor(CuratedNames names) {
    this.names = names;
    this.chambers = new Chambers(rules, names);
    this.meetings = new Meetings(rules, names);
    this.signatories = new Signatories(rules, names);
  }

  public DocumentInfo extract(Document doc) {
    String text = doc.text();
    Head head = Head.of(text);
    DocumentInfo.Meeting meeting = meetings.meeting(text, head);
    DocumentInfo.Field<String> identifier = identifiers.identifier(head, meeting);
    Identifiers.Dossier fromTable =
        identifier != null
                && identifier.provenance().rule().startsWith("metadata/dossier-")
                && meeting != null
            ? identifiers.dossierOf(meeting.meeting().label())
            : null;
    return new DocumentInfo(
        identifier,
        kind(text),
        dates.date(head),
        titles.title(head, fromTable),
        meeting,
        committee(text),
        signatories.find(head.lines()),
        chambers.chamber(head));
  }

  private DocumentInfo.Field<String> kind(String text) {
    String head = text.substring(0, Math.min(text.length(), Head.REACH));
    for (MetadataRules.Rule r : rules.of(Field.KIND)) {
      Matcher m = r.pattern().matcher(head);
      if (m.find()) {
        Span span = new Span(m.start(), m.end());
        return new DocumentInfo.Field<>(r.value(), new Provenance(span, span.of(text), r.ruleId()));
      }
    }
    return null;
  }

  private Entity committee(String text) {
    Matcher m =
        rules
            .of(Field.COMMITTEE)
            .get(0)
            .pattern()
            .matcher(text.substring(0, Math.min(text.length(), Head.REACH)));
    if (!m.find()) {
      return null;
    }
    String label = "vaste commissie voor " + m.group(1);
    Entity known = names.byName(label);
    return known != null ? known : new Entity(EntityType.ORGANIZATION, label, label);
  }
}
