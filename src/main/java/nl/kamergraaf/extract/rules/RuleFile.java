package nl.kamergraaf.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.kamergraaf.extract.ExtractException;

/**
 * One of extraction's data files on the classpath (a rule file, a lexicon, a gazetteer, the
 * ontology), read as UTF-8. It is the only way extraction opens its data, so a file missing from
 * the jar or unreadable always fails the same way: an {@link ExtractException} naming it.
 *
 * <pre>
 * for (RuleFile.Line line : RuleFile.rules("not-names.txt").lines()) { ... line.text() ... }
 * Properties p = RuleFile.rules("participation.properties").properties();
 * Model m = RuleFile.at("/ontology/kamergraaf.ttl").read(in -> parse(in));
 * </pre>
 */
public final class RuleFile {
  /** The folder of the rule files on the classpath. */
  public static final String RULES = "/nl/kamergraaf/extract/rules/";

  private final String resource;

  private RuleFile(String resource) {
    this.resource = resource;
  }

  /** The file at an absolute classpath path, e.g. {@code /gazetteer/persons.tsv}. */
  public static RuleFile at(String resource) {
    if (!resource.startsWith("/")) {
      throw new IllegalArgumentException("a classpath path from the root, not '" + resource + "'");
    }
    return new RuleFile(resource);
  }

  /** The file {@code name} in the rules folder, e.g. {@code persons.rules}. */
  public static RuleFile rules(String name) {
    return at(RULES + name);
  }

  /** Its classpath path, for messages. */
  public String resource() {
    return resource;
  }

  /** Reads the whole file with {@code reading}; the stream is closed afterwards. */
  public <T> T read(Reading<T> reading) {
    InputStream in = RuleFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new ExtractException(resource + " is not on the classpath; rebuild the jar");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reading.read(reader);
    } catch (IOException e) {
      throw new ExtractException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * The lines that hold data, as written: blank lines and comments (lines whose first character
   * after spaces is {@code #}) are left out, and each keeps its line number.
   */
  public List<Line> lines() {
    return read(
        reader -> {
          List<Line> lines = new ArrayList<>();
          int number = 0;
          for (String line; (line = reader.readLine()) != null; ) {
            number++;
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
              lines.add(new Line(resource, number, line));
            }
          }
          return List.copyOf(lines);
        });
  }

  /** The file as Java properties (UTF-8, unlike {@link Properties#load(InputStream)}). */
  public Properties properties() {
    return read(
        reader -> {
          Properties p = new Properties();
          p.load(reader);
          return p;
        });
  }

  /** Reads a file's text; may throw {@link IOException}, which {@link #read} reports. */
  @FunctionalInterface
  public interface Reading<T> {
    T read(BufferedReader reader) throws IOException;
  }

  /** A line of data: its text as written and where it stands. */
  public record Line(String resource, int number, String text) {
    /** {@code resource:number}, for messages. */
    public String where() {
      return resource + ":" + number;
    }

    /** The text without leading and trailing white space. */
    public String stripped() {
      return text.strip();
    }
  }
}
