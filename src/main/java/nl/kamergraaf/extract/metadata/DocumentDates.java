package nl.kamergraaf.extract.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import nl.kamergraaf.extract.metadata.MetadataRules.Field;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.Provenance;

/**
 * The date a paper was fixed, received or sent, from whatever its head states: "Vastgesteld 9 maart
 * 2026", "Ontvangen 12 april 2024", "Den Haag, 6 februari 2024", the letterhead's "Datum" with its
 * value on the next line, or the day the answer to written questions came in. The first line of the
 * head that a date rule reads wins; the day questions were sent in ("ingezonden") is not the
 * paper's date.
 */
final class DocumentDates {
  private final MetadataRules rules;
  private final DutchDates dates;

  DocumentDates(MetadataRules rules) {
    this.rules = rules;
    this.dates = new DutchDates(rules);
  }

  DocumentInfo.Field<LocalDate> date(Head head) {
    List<Line> lines = head.head();
    for (int i = 0; i < lines.size(); i++) {
      for (MetadataRules.Rule r : rules.of(Field.DATE)) {
        Matcher m = r.pattern().matcher(lines.get(i).text());
        if (!m.matches()) {
          continue;
        }
        Line where = lines.get(i);
        String value = m.group(1);
        if (value.isBlank() && i + 1 < lines.size()) {
          where = lines.get(i + 1); // the label alone, its value on the next line
          value = where.text();
        }
        LocalDate d = dates.find(value);
        if (d != null) {
          return new DocumentInfo.Field<>(
              d, new Provenance(where.span(), where.text(), r.ruleId()));
        }
      }
    }
    return null;
  }
}
