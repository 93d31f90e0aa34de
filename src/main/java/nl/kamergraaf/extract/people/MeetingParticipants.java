package nl.kamergraaf.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Mention;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.extract.rules.RuleFile;
import nl.kamergraaf.ingest.Span;

/**
 * Who took part in the meeting a paper reports on ({@code rules/participation.properties}): the
 * signing minister who writes "waaraan ik heb deelgenomen", and the guests named "in aanwezigheid
 * van" in one sentence.
 */
public final class MeetingParticipants {
  private final Pattern firstPerson;
  private final Pattern guests;

  public MeetingParticipants() {
    Properties p = RuleFile.rules("participation.properties").properties();
    firstPerson =
        Pattern.compile(
            p.getProperty("first-person"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    guests =
        Pattern.compile(p.getProperty("guests"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public List<Relation> find(
      String text, DocumentInfo info, List<Span> sentences, List<Mention> mentions) {
    List<Relation> out = new ArrayList<>();
    if (info.meeting() == null) {
      return out;
    }
    var meeting = info.meeting().meeting();
    Matcher m = firstPerson.matcher(text);
    if (m.find()) {
      Span at = new Span(m.start(), m.end());
      for (DocumentInfo.Signatory s : info.signatories()) {
        if (s.role() != null && s.role().label().matches("(?i)(minister|staatssecretaris).*")) {
          out.add(
              new Relation(
                  s.person(),
                  "participates-in",
                  meeting,
                  Relation.Modality.ASSERTED,
                  0.7,
                  new Provenance(at, m.group(), "relation/participates-first-person")));
        }
      }
    }
    for (Span sentence : sentences) {
      Matcher g = guests.matcher(sentence.of(text));
      if (!g.find()) {
        continue;
      }
      int from = sentence.start() + g.end();
      for (Mention c : mentions) {
        Span s = c.provenance().span();
        if (c.entity().type() == EntityType.PERSON
            && s.start() >= from
            && s.end() <= sentence.end()) {
          out.add(
              new Relation(
                  c.entity(),
                  "participates-in",
                  meeting,
                  Relation.Modality.ASSERTED,
                  0.6,
                  new Provenance(sentence, sentence.of(text), "relation/participates-guest")));
        }
      }
    }
    return out;
  }
}
