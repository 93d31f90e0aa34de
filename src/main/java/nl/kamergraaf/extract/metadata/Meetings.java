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
 * The meeting a paper concerns, only where its preamble says so: the heading block and the opening
 * paragraph ("verslag van de informele Raad Buitenlandse Zaken (RBZ) Defensie van 30-31 januari
 * 2024 te Brussel"). A meeting named in a question or an answer ("Op de NAVO-top in Vilnius ...")
 * is not what the paper is about. The first meeting named with a date wins, else the first named.
 * Its place is the one named after it ("te Brussel"), or after a later naming of the same meeting
 * on the same day.
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
    String place = null;
    while (m.find()) {
      String after = scope.substring(m.end(), Math.min(scope.length(), m.end() + 200));
      Matcher d = dateP.matcher(after);
      LocalDate day = null;
      if (d.find()) {
        int year =
            d.group(4) != null
                ? Integer.parseInt(d.group(4))
                : yearNear(text, preamble.start() + m.start());
        day = year > 0 ? day(year, d.group(3), d.group(2)) : null;
      }
      if (date != null) {
        // The meeting is chosen; a later naming of it on the same day may say where it is
        // (a letterhead's "Betreft ... (DMM) 18 juni 2026", then "op 18 juni a.s. in Brussel").
        if (place == null && date.equals(day)) {
          place = place(scope, m.end() + d.end());
        }
        continue;
      }
      if (day != null) {
        name = Names.normalise(m.group(1));
        date = day;
        start = m.start();
        end = m.end() + d.end();
        place = place(scope, end);
      } else if (name == null) {
        name = Names.normalise(m.group(1));
        start = m.start();
        end = m.end();
        place = place(scope, end);
      }
    }
    if (name == null) {
      return null;
    }
    String key = name + (date != null ? " " + date : "");
    Span span = new Span(preamble.start() + start, preamble.start() + end);
    return new DocumentInfo.Meeting(
        new Entity(EntityType.MEETING, key, name),
        date,
        place,
        new Provenance(span, span.of(text), rules.of(Field.MEETING).get(0).ruleId()));
  }

  /** The place named just after a meeting's name and date ("te Brussel"), if it is no country. */
  private String place(String scope, int from) {
    Matcher p =
        rules
            .of(Field.MEETING_PLACE)
            .get(0)
            .pattern()
            .matcher(scope.substring(from, Math.min(scope.length(), from + 100)));
    if (!p.find()) {
      return null;
    }
    Entity known = names.byName(p.group(1));
    return known == null || known.type() != EntityType.COUNTRY ? p.group(1) : null;
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
