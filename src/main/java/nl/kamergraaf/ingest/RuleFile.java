package nl.kamergraaf.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads one of ingest's commented rule files from the classpath: its non-comment lines. */
final class RuleFile {
  private RuleFile() {}

  /** The trimmed lines of resource {@code name} (next to this class), bar blanks and comments. */
  static List<String> lines(String name) {
    InputStream in = RuleFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("rule file " + name + " missing from the classpath");
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name, e);
    }
    return lines;
  }
}
