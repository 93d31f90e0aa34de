package nl.kamergraaf.serve.pages;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.export.tables.ResourceFolder;

/**
 * The example queries of {@code queries/} (on the class path as {@code /queries/*.rq}), with the
 * purpose each file's first comment line states, for the SPARQL editor to offer. Found, not listed:
 * a new file there is offered without a change here.
 */
final class ExampleQueries {
  /** One example: its file name, what it answers, and its text. */
  record Example(String file, String purpose, String query) {}

  private static final String FOLDER = "/queries";

  private ExampleQueries() {}

  static List<Example> all() {
    List<Example> out = new ArrayList<>();
    ResourceFolder.read(FOLDER, ".rq")
        .forEach((name, text) -> out.add(new Example(name, purpose(name, text), text)));
    return out;
  }

  /** From "# questions.rq — every question …": the words after the dash. */
  static String purpose(String name, String text) {
    String first = text.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
    int dash = first.indexOf(" — ");
    return dash >= 0 ? first.substring(dash + 3).strip() : first.replace(name, "").strip();
  }
}
