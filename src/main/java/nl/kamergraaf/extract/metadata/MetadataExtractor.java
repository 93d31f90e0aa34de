package nl.kamergraaf.extract.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.extract.entity.EntityRecognizer;
import nl.kamergraaf.extract.entity.Names;
import nl.kamergraaf.extract.model.DocumentInfo;
import nl.kamergraaf.extract.model.DocumentInfo.Field;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.extract.model.Provenance;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.Span;

/**
 * Reads a document's identifier, kind, date, subject, meeting, committee and signatories from
 * its head and its signature blocks, with the patterns of {@code rules/metadata.properties}.
 */
public final class MetadataExtractor {
  /** How far into a document its head reaches (letterheads are long). */
  private static final int HEAD = 4000;
  private final MetadataRules rules = new MetadataRules();
  private final EntityRecognizer names;

  public MetadataExtractor(EntityRecognizer names) {
    this.names = names;
  }

  public DocumentInfo extract(Document doc) {
    String text = doc.text();
    List<Line> lines = Line.of(text);
    List<Line> head = lines.stream().filter(l -> l.span().start() < HEAD).toList();
    return new DocumentInfo(identifier(head), kind(text), date(head), subject(head, lines),
        meeting(text), committee(text), signatories(lines));
  }

  private Field<String> identifier(List<Line> head) {
    Pattern dossierP = rules.pattern("dossier");
    Pattern numberP = rules.pattern("number");
    Pattern letterP = rules.pattern("letter");
    Line dossierLine = null;
    Matcher dossier = null;
    String nr = null;
    Line nrLine = null;
    for (Line l : head) {
      Matcher m;
      if (dossier == null && (m = dossierP.matcher(l.text())).matches()) {
        dossier = m;
        dossierLine = l;
      } else if (nr == null && (m = numberP.matcher(l.text())).matches()) {
        nr = m.group(1);
        nrLine = l;
      } else if (nr == null && (m = letterP.matcher(l.text())).matches()) {
        nr = m.group(1);
        nrLine = l;
      }
    }
    if (dossier == null && nr == null) {
      return null;
    }
    StringBuilder id = new StringBuilder();
    Span span;
    if (dossier != null) {
      id.append(dossier.group(1).replaceAll("\\s", ""));
      if (dossier.group(2) != null) {
        id.append('-').append(dossier.group(2));
      }
      if (dossier.group(3) != null) {
        id.append('-').append(dossier.group(3));
      }
      span = new Span(dossierLine.span().start(), dossierLine.span().start()
          + (dossier.group(3) != null ? dossier.end(3) : dossier.group(2) != null ? dossier.end(2) : dossier.end(1)));
    } else {
      span = nrLine.span();
    }
    if (nr != null) {
      if (id.length() > 0) {
        id.append('-');
      }
      id.append(nr);
      if (dossier != null) {
        span = new Span(Math.min(span.start(), nrLine.span().start()), Math.max(span.end(), nrLine.span().end()));
      }
    }
    return new Field<>(id.toString(), prov(span, "metadata/identifier"));
  }

  private Field<String> kind(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    for (Map.Entry<String, Pattern> k : rules.kinds().entrySet()) {
      Matcher m = k.getValue().matcher(head);
      if (m.find()) {
        return new Field<>(k.getKey(), prov(new Span(m.start(), m.end()), "metadata/kind"));
      }
    }
    return null;
  }

  private Field<LocalDate> date(List<Line> head) {
    Pattern lineP = rules.pattern("date-line");
    for (int i = 0; i < head.size(); i++) {
      Matcher m = lineP.matcher(head.get(i).text());
      if (m.matches()) {
        String rest = m.group(1);
        Line where = head.get(i);
        if (rest.isBlank() && i + 1 < head.size()) {
          where = head.get(i + 1);  // "Datum" label, value on the next line
          rest = where.text();
        }
        LocalDate d = DutchDates.find(rest, rules.pattern("date-words"), rules.pattern("date-numeric"));
        if (d != null) {
          return new Field<>(d, prov(where.span(), "metadata/date"));
        }
      }
    }
    // Written questions: "Antwoord van Minister Ollongren (Defensie) (ontvangen 5 februari 2024)."
    Pattern answeredP = rules.pattern("date-answered");
    for (Line l : head) {
      Matcher m = answeredP.matcher(l.text());
      LocalDate d = m.find() ? DutchDates.find(m.group(1), rules.pattern("date-words"), rules.pattern("date-numeric")) : null;
      if (d != null) {
        return new Field<>(d, prov(l.span(), "metadata/date-answered"));
      }
    }
    return null;
  }

  private Field<String> subject(List<Line> head, List<Line> lines) {
    Pattern subjectP = rules.pattern("subject");
    for (int i = 0; i < head.size(); i++) {
      Matcher m = subjectP.matcher(head.get(i).text());
      if (m.matches()) {
        Line where = m.group(1).isBlank() && i + 1 < head.size() ? head.get(i + 1) : head.get(i);
        String value = m.group(1).isBlank() ? where.text() : m.group(1);
        return new Field<>(value, prov(where.span(), "metadata/subject-betreft"));
      }
    }
    Pattern dossierP = rules.pattern("dossier");
    for (Line l : head) {
      Matcher m = dossierP.matcher(l.text());
      if (m.matches() && m.group(4) != null) {
        return new Field<>(m.group(4), prov(l.span(), "metadata/subject-dossier-title"));
      }
    }
    for (Line l : head) {
      if (l.text().startsWith("Hierbij ") || l.text().startsWith("De vaste commissie")) {
        int stop = l.text().indexOf(". ");
        String first = stop > 0 ? l.text().substring(0, stop + 1) : l.text();
        return new Field<>(first, prov(new Span(l.span().start(), l.span().start() + first.length()), "metadata/subject-opening"));
      }
    }
    return null;
  }

  private DocumentInfo.Meeting meeting(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    // The first meeting named with a date is the one the paper concerns; else the first named.
    Matcher m = rules.pattern("meeting").matcher(head);
    Pattern dateP = rules.pattern("meeting-date");
    int start = -1;
    int end = -1;
    String name = null;
    LocalDate date = null;
    while (m.find()) {
      String after = head.substring(m.end(), Math.min(head.length(), m.end() + 200));
      Matcher d = dateP.matcher(after);
      if (d.find()) {
        int year = d.group(4) != null ? Integer.parseInt(d.group(4)) : yearNear(head, m.start());
        if (year > 0) {
          name = Names.normalise(m.group(1));
          date = LocalDate.of(year, DutchDates.month(d.group(3)), Integer.parseInt(d.group(2)));
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
    Matcher p = rules.pattern("meeting-place").matcher(head.substring(end, Math.min(head.length(), end + 100)));
    if (p.find()) {
      Entity known = names.lookup(p.group(1));
      place = known == null || known.type() != EntityType.COUNTRY ? p.group(1) : null;
    }
    String key = name + (date != null ? " " + date : "");
    Entity meeting = new Entity(EntityType.MEETING, key, name);
    return new DocumentInfo.Meeting(meeting, date, place, prov(new Span(start, end), "metadata/meeting"));
  }

  private static int yearNear(String head, int at) {
    Matcher y = Pattern.compile("\\b(20\\d\\d)\\b").matcher(head);
    int best = 0;
    while (y.find()) {
      best = Integer.parseInt(y.group(1));
      if (y.start() > at) {
        break;
      }
    }
    return best;
  }

  private Entity committee(String text) {
    Matcher m = rules.pattern("committee").matcher(text.substring(0, Math.min(text.length(), HEAD)));
    if (!m.find()) {
      return null;
    }
    String label = "vaste commissie voor " + m.group(1);
    Entity known = names.lookup(label);
    return known != null ? known : new Entity(EntityType.ORGANIZATION, label, label);
  }

  private List<DocumentInfo.Signatory> signatories(List<Line> lines) {
    Pattern roleP = rules.pattern("signature-role");
    Pattern nameP = rules.pattern("signature-name");
    Pattern inlineP = rules.pattern("signature-inline");
    List<DocumentInfo.Signatory> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Matcher inline = inlineP.matcher(l.text());
      if (inline.matches() && l.text().length() < 100) {
        out.add(signatory(inline.group(2), inline.group(1), l.span()));
        continue;
      }
      Matcher role = roleP.matcher(l.text());
      if (role.matches() && i + 1 < lines.size() && nameP.matcher(lines.get(i + 1).text()).matches()) {
        Line name = lines.get(i + 1);
        out.add(signatory(name.text(), role.group(1), new Span(l.span().start(), name.span().end())));
        i++;
      }
    }
    return out;
  }

  private DocumentInfo.Signatory signatory(String name, String role, Span span) {
    String n = Names.normalise(name);
    Entity person = names.lookup(n);
    if (person == null || person.type() != EntityType.PERSON) {
      String[] words = n.split(" ");
      person = new Entity(EntityType.PERSON, words[words.length - 1].toLowerCase(java.util.Locale.ROOT), n);
    }
    String r = Names.normalise(role.replaceAll(",$", ""));
    r = Character.toUpperCase(r.charAt(0)) + r.substring(1).toLowerCase(java.util.Locale.ROOT)
        .replace("van defensie", "van Defensie").replace("buitenlandse zaken", "Buitenlandse Zaken");
    Entity roleEntity = names.lookup(r);
    if (roleEntity == null || roleEntity.type() != EntityType.ROLE) {
      roleEntity = new Entity(EntityType.ROLE, r.toLowerCase(java.util.Locale.ROOT), r);
    }
    return new DocumentInfo.Signatory(person, roleEntity, prov(span, "metadata/signature"));
  }

  private static Provenance prov(Span span, String rule) {
    return new Provenance(span, "", rule);
  }

  /** A non-blank line of the text. */
  record Line(Span span, String text) {
    static List<Line> of(String text) {
      List<Line> out = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        String raw = text.substring(start, end);
        String t = raw.strip();
        if (!t.isEmpty()) {
          int s = start + raw.indexOf(t);
          out.add(new Line(new Span(s, s + t.length()), t));
        }
        if (nl < 0) {
          break;
        }
        start = nl + 1;
      }
      return out;
    }
  }
}
