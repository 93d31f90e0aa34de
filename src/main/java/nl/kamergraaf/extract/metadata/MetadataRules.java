package nl.kamergraaf.extract.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.kamergraaf.extract.ExtractException;
import nl.kamergraaf.extract.entity.TsvTable;

/**
 * The rules of {@code rules/metadata.tsv}, compiled, by the field they read. A row naming an
 * unknown field or kind, a duplicate id or a pattern that does not compile is an error when the
 * rules load, with the file and line.
 */
public final class MetadataRules {
  /** Where the rules live on the classpath. */
  public static final String RESOURCE = "/nl/kamergraaf/extract/rules/metadata.tsv";

  /** What a rule reads; the names are the file's {@code field} column. */
  public enum Field {
    DOSSIER,
    NUMBER,
    LETTER,
    KIND,
    DATE,
    DATE_FORMAT,
    TITLE,
    OPENING_OFFER,
    CHAMBER,
    MEETING,
    MEETING_DATE,
    MEETING_PLACE,
    COMMITTEE,
    SIGNATURE_ROLE,
    SIGNATURE_NAME,
    SIGNATURE_INLINE,
    WRITTEN_ANSWER,
    ASKERS,
    ASKER;

    /** The name as written in the file, e.g. {@code signature-role}. */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Searched for in a text; the others match one whole line. */
    public boolean searched() {
      return this == KIND
          || this == DATE_FORMAT
          || this == MEETING
          || this == MEETING_DATE
          || this == MEETING_PLACE
          || this == COMMITTEE
          || this == ASKER;
    }

    static Field parse(String name, String where) {
      for (Field f : values()) {
        if (f.fileName().equals(name)) {
          return f;
        }
      }
      throw new ExtractException(where + ": unknown field '" + name + "'");
    }
  }

  /** One rule: id, field, value (a kind or a chamber; empty for others) and pattern. */
  public record Rule(String id, Field field, String value, Pattern pattern) {
    /** The id as kg:extractedBy gives it. */
    public String ruleId() {
      return "metadata/" + id;
    }
  }

  /** A text matched by a rule; {@code matcher} holds the groups. */
  record Match(Rule rule, Matcher matcher) {}

  private final Map<Field, List<Rule>> byField = new EnumMap<>(Field.class);
  private final List<Rule> all = new ArrayList<>();

  public MetadataRules() {
    Set<String> ids = new HashSet<>();
    for (TsvTable.Row row :
        TsvTable.load(RESOURCE).require("id", "field", "value", "pattern").rows()) {
      String id = row.get("id");
      if (id.isEmpty() || !ids.add(id)) {
        throw new ExtractException(
            row.where() + ": " + (id.isEmpty() ? "no id" : "id '" + id + "' used twice"));
      }
      Field field = Field.parse(row.get("field"), row.where());
      if (field == Field.KIND && !DocumentKinds.known(row.get("value"))) {
        throw new ExtractException(
            row.where() + ": kind '" + row.get("value") + "' is not in " + DocumentKinds.RESOURCE);
      }
      Rule rule = new Rule(id, field, row.get("value"), compile(row, field));
      byField.computeIfAbsent(field, f -> new ArrayList<>()).add(rule);
      all.add(rule);
    }
    for (Field f : Field.values()) {
      if (!byField.containsKey(f)) {
        throw new ExtractException(RESOURCE + ": no rule for field '" + f.fileName() + "'");
      }
    }
  }

  /** Every rule, in file order. */
  public List<Rule> rules() {
    return List.copyOf(all);
  }

  /** The rules of one field, in file order. */
  public List<Rule> of(Field field) {
    return byField.get(field);
  }

  /** The first rule of {@code field} that matches {@code text} (a whole line, or found in it). */
  Optional<Match> match(Field field, String text) {
    for (Rule r : byField.get(field)) {
      Matcher m = r.pattern().matcher(text);
      if (field.searched() ? m.find() : m.matches()) {
        return Optional.of(new Match(r, m));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code rule} matches {@code text} the way rules of its field are used. */
  public static boolean matches(Rule rule, String text) {
    Matcher m = rule.pattern().matcher(text);
    return rule.field().searched() ? m.find() : m.matches();
  }

  private static Pattern compile(TsvTable.Row row, Field field) {
    // Kind patterns may anchor at the start of a line of the head ("^geachte voorzitter").
    int flags =
        Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE
            | (field == Field.KIND ? Pattern.MULTILINE : 0);
    try {
      return Pattern.compile(row.get("pattern"), flags);
    } catch (PatternSyntaxException e) {
      throw new ExtractException(
          row.where() + ": bad pattern for '" + row.get("id") + "': " + e.getDescription(), e);
    }
  }
}
