package nl.kamergraaf.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database in service was built from: its directory name and, per document source, the
 * content key of the quads it holds. Kept as {@code <store>/manifest.tsv}; written after the swap,
 * so a manifest that names another database than {@code current} is simply not trusted.
 *
 * <pre>
 * # database	db-20260101-120000-000
 * # quads	123456
 * 000_60dd4be6d4d1a68f.txt	3f2a…
 * </pre>
 */
record BuildManifest(String database, long quads, Map<String, String> keys) {
  static final String FILE = "manifest.tsv";
  private static final String HEADER = "# database\t";
  private static final String QUADS = "# quads\t";

  BuildManifest {
    keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
  }

  static BuildManifest empty() {
    return new BuildManifest("", 0, Map.of());
  }

  /** The manifest of {@code storeDir}, or an empty one if there is none or it cannot be read. */
  static BuildManifest read(Path storeDir) {
    List<String> lines;
    try {
      lines = Files.readAllLines(storeDir.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return empty();
    } catch (IOException e) {
      // Only a cache: without it the next build extracts everything again, which is correct.
      return empty();
    }
    String database = "";
    long quads = 0;
    Map<String, String> keys = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.startsWith(HEADER)) {
        database = line.substring(HEADER.length());
      } else if (line.startsWith(QUADS)) {
        quads = parseQuads(line.substring(QUADS.length()));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        int tab = line.lastIndexOf('\t');
        if (tab > 0) {
          keys.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    }
    return new BuildManifest(database, quads, keys);
  }

  private static long parseQuads(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  void write(Path storeDir) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER + database);
    lines.add(QUADS + quads);
    keys.forEach((source, key) -> lines.add(source + "\t" + key));
    Path tmp = storeDir.resolve(FILE + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(
        tmp,
        storeDir.resolve(FILE),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
