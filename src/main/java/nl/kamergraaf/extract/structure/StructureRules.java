package nl.kamergraaf.extract.structure;

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
 * The line patterns of {@code rules/structure.tsv}, compiled, by the kind of line they find.
 *
 * <p>A bad row (unknown kind, duplicate id, a pattern that does not compile) is an error when the
 * rules load, with the file and line.
 */
public final class StructureRules {
  /** Where the rules live on the classpath. */
  public static final String RESOURCE = "/nl/kamergraaf/extract/rules/structure.tsv";

  /** What a matching line is; the names are the file's {@code line} column. */
  public enum LineKind {
    SECTION,
    REPLY_SECTION,
    REPLY_PART,
    QUESTION,
    QUESTION_INLINE,
    QUESTION_NUMBER,
    QUESTION_NUMBERED,
    ANSWER,
    ANSWER_INLINE,
    WRITTEN_QUESTIONS,
    WRITTEN_ANSWER,
    END,
    ASKS,
    SEE_ALSO;

    /** The name as written in the file, e.g. {@code question-inline}. */
    public String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static LineKind parse(String name, String where) {
      for (LineKind k : values()) {
        if (k.fileName().equals(name)) {
          return k;
        }
      }
      throw new ExtractException(where + ": unknown line kind '" + name + "'");
    }

    /** Asks and see-also are searched for in a paragraph; the rest match a whole line. */
    boolean searched() {
      return this == ASKS || this == SEE_ALSO;
    }
  }

  /** One rule: its id, its kind and its pattern. */
  public record Rule(String id, LineKind kind, Pattern pattern) {}

  /** A line matched by a rule; {@code matcher} holds the groups. */
  record Match(Rule rule, Matcher matcher) {
    String ruleId() {
      return "structure/" + rule.id();
    }
  }

  private final Map<LineKind, List<Rule>> byKind = new EnumMap<>(LineKind.class);
  private final List<Rule> all = new ArrayList<>();

  private StructureRules(TsvTable table) {
    Set<String> ids = new HashSet<>();
    for (TsvTable.Row row : table.require("id", "line", "pattern").rows()) {
      String id = row.get("id");
      if (id.isEmpty() || !ids.add(id)) {
        throw new ExtractException(
            row.where() + ": " + (id.isEmpty() ? "no id" : "id '" + id + "' used twice"));
      }
      LineKind kind = LineKind.parse(row.get("line"), row.where());
      Rule rule = new Rule(id, kind, compile(row));
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(rule);
      all.add(rule);
    }
    for (LineKind k : LineKind.values()) {
      if (!byKind.containsKey(k)) {
        throw new ExtractException(RESOURCE + ": no rule for line kind '" + k.fileName() + "'");
      }
    }
  }

  /** Loads and compiles the rules from the classpath. */
  public static StructureRules load() {
    return new StructureRules(TsvTable.load(RESOURCE));
  }

  /** Every rule, in file order. */
  public List<Rule> rules() {
    return List.copyOf(all);
  }

  /** The first rule of {@code kind} that matches {@code text} (whole line, or found in it). */
  Optional<Match> match(LineKind kind, String text) {
    for (Rule r : byKind.get(kind)) {
      Matcher m = r.pattern().matcher(text);
      if (kind.searched() ? m.find() : m.matches()) {
        return Optional.of(new Match(r, m));
      }
    }
    return Optional.empty();
  }

  boolean is(LineKind kind, String text) {
    return match(kind, text).isPresent();
  }

  /** Whether {@code rule} matches {@code text} the way rules of its kind are used. */
  public static boolean matches(Rule rule, String text) {
    Matcher m = rule.pattern().matcher(text);
    return rule.kind().searched() ? m.find() : m.matches();
  }

  private static Pattern compile(TsvTable.Row row) {
    try {
      return Pattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new ExtractException(
          row.where() + ": bad pattern for '" + row.get("id") + "': " + e.getDescription(), e);
    }
  }
}
