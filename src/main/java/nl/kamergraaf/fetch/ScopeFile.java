package nl.kamergraaf.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a scope file ({@code data/fetch/defence-scope.tsv}, on the classpath as {@code
 * /fetch/defence-scope.tsv}): commented, tab-separated rows {@code id kind value note}.
 */
public final class ScopeFile {
  /** The defence scope bundled with kamergraaf. */
  public static final String DEFENCE = "/fetch/defence-scope.tsv";

  private ScopeFile() {}

  /** The rules of the bundled defence scope. */
  public static List<ScopeRule> defence() {
    InputStream in = ScopeFile.class.getResourceAsStream(DEFENCE);
    if (in == null) {
      throw new FetchException("the scope file " + DEFENCE + " is not on the classpath");
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(DEFENCE, reader);
    } catch (IOException e) {
      throw new FetchException("cannot read " + DEFENCE + ": " + e.getMessage(), e);
    }
  }

  /** The rules of a scope file's text; {@code name} is used in messages. */
  static List<ScopeRule> parse(String name, BufferedReader reader) throws IOException {
    List<ScopeRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean header = true;
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header) {
        header = false;
        if (!String.join("\t", cells).startsWith("id\tkind\tvalue")) {
          throw new FetchException(
              name + ":" + lineNo + ": the header must be id, kind, value, note");
        }
        continue;
      }
      if (cells.length != 4) {
        throw new FetchException(
            name
                + ":"
                + lineNo
                + ": "
                + cells.length
                + " columns, expected 4 "
                + "(id, kind, value, note) separated by tabs");
      }
      ScopeRule.Kind kind = ScopeRule.Kind.parse(cells[1].strip());
      if (kind == null) {
        throw new FetchException(
            name
                + ":"
                + lineNo
                + ": unknown kind '"
                + cells[1]
                + "'; use dossier, addressed-to or committee");
      }
      if (!ids.add(cells[0].strip())) {
        throw new FetchException(name + ":" + lineNo + ": the id " + cells[0] + " is used twice");
      }
      try {
        rules.add(new ScopeRule(cells[0].strip(), kind, cells[2].strip()));
      } catch (IllegalArgumentException e) {
        throw new FetchException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    return rules;
  }
}
