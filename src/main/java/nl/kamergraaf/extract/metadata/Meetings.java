package nl.kamergraaf.extract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.entity.CuratedNames;
import nl.kamergraaf.extract.entity.Names;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Span;

/**
 * The meeting a paper concerns, only where its preamble says so: the heading block and the
 * opening paragraph ("verslag van de informele Raad Buitenlandse Zaken (RBZ) Defensie van
 * 30-31 januari 2024 te Brussel"). A meeting named in a question or an answer ("Op de NAVO-top in
 * Vilnius ...") is not what the paper is about. The first meeting named with a date wins, else
 * the first named.
 */
final class Meetings {
  private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

  private final MetadataRules rules;
  private final CuratedNames names;

  Meetings(MetadataRules rules, CuratedNames names) {
    this.rules = rules;
    this.names = names;
  }

  DocumentInfo.Meeting meeting(String text, Head head) {
    Span preamble = head.preambleSpan();
    String scope = preamble.of(text);
    Matcher m = rules.of(Field.MEETING).get(0).pattern().matcher(scope);
    Pattern dateP = rules.of(Field.MEETING_DATE).get(0).pattern();
    String name = null;
    LocalDate date = null;
    int start = -1;
    int end = -1;
    while (m.find()) {
      String after = scope.substring(m.end(), Math.min(scope.length(), m.end() + 200));
      Matcher d = dateP.matcher(after);
      if (d.find()) {
        int year = d.group(4) != null ? Integer.parseInt(d.group(4)) : yearNear(text, preamble.start() + m.start());
        LocalDate day = year > 0 ? day(year, d.group(3), d.group(2)) : null;
        if (day != null) {
          name = Names.normalise(m.group(1));
          date = day;
          start = m.start();
          end = m.end() + d.end();
          break;
        }
      }
      if (name == null) {
        name = Names.normalise(m.group(1));
        start = m.start();
        end = m.end();
      }
    }
    if (name == null) {
      return null;
    }
    String place = null;
    Matcher p = rules.of(Field.MEETING_PLACE).get(0).pattern().matcher(scope.substring(end, Math.min(scope.length(), end + 100)));
    if (p.find()) {
      Entity known = names.byName(p.group(1));
      place = known == null || known.type() != EntityType.COUNTRY ? p.group(1) : null;
    }
    String key = name + (date != null ? " " + date : "");
    Span span = new Span(preamble.start() + start, preamble.start() + end);
    return new DocumentInfo.Meeting(new Entity(EntityType.MEETING, key, name), date, place,
        new Provenance(span, span.of(text), rules.of(Field.MEETING).get(0).ruleId()));
  }

  private static LocalDate day(int year, String month, String day) {
    try {
      return LocalDate.of(year, DutchDates.month(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "18 juni a.s.": the year of the nearest year named before (or else after) the meeting. */
  private static int yearNear(String text, int at) {
    Matcher y = YEAR.matcher(text.substring(0, Math.min(text.length(), Head.REACH)));
    int best = 0;
    while (y.find()) {
      best = Integer.parseInt(y.group(1));
      if (y.start() > at) {
        break;
      }
    }
    return best;
  }
}
