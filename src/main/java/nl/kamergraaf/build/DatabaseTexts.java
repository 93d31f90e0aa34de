package nl.kamergraaf.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The texts of the documents a database was built from, kept with it in {@code db-…/texts/}: the
 * text its positions count in, whatever happens to the documents folder later. A server that read
 * the current files showed an older database's offsets on newer text, and mentions highlighted the
 * wrong words without a warning.
 *
 * <p>The files are the build cache's own ({@code extracted/<key>.txt.gz}, a key names one text),
 * linked rather than copied where the filesystem allows, with an index from source to key.
 *
 * <pre>
 * DatabaseTexts texts = DatabaseTexts.of(database);
 * Optional&lt;String&gt; text = texts.original("002_13d841ed3eb9d257.txt");
 * </pre>
 */
public final class DatabaseTexts {
  static final String DIR = "texts";
  static final String INDEX = "index.tsv";

  private final Path dir;
  private final Map<String, String> keys;

  private DatabaseTexts(Path dir, Map<String, String> keys) {
    this.dir = dir;
    this.keys = keys;
  }

  /** The texts kept with {@code database}; none for a database built without them. */
  public static DatabaseTexts of(Path database) {
    Path dir = database.resolve(DIR);
    Map<String, String> keys = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(dir.resolve(INDEX), StandardCharsets.UTF_8)) {
        int tab = line.lastIndexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          keys.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
    } catch (NoSuchFileException e) {
      // built by a version of kamergraaf that kept no texts
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir.resolve(INDEX), e);
    }
    return new DatabaseTexts(dir, Map.copyOf(keys));
  }

  /** Whether the database was built with its texts. */
  public boolean present() {
    return !keys.isEmpty();
  }

  /** The original text of the document named {@code source} as this database read it. */
  public Optional<String> original(String source) {
    String key = keys.get(source);
    if (key == null) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(key + ".txt.gz")))) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Puts the texts of the documents {@code sourceToKey} names into {@code database}. */
  static void write(Path database, Map<String, String> sourceToKey, ExtractionCache cache)
      throws IOException {
    Path dir = Files.createDirectories(database.resolve(DIR));
    List<String> index = new ArrayList<>();
    index.add("# source\tkey of texts/<key>.txt.gz: the text each document was built from");
    for (Map.Entry<String, String> e : sourceToKey.entrySet()) {
      Path target = dir.resolve(e.getValue() + ".txt.gz");
      if (!Files.exists(target)) {
        try {
          Files.createLink(target, cache.textFile(e.getValue()));
        } catch (UnsupportedOperationException | FileSystemException notLinked) {
          Files.copy(cache.textFile(e.getValue()), target);
        }
      }
      index.add(e.getKey() + "\t" + e.getValue());
    }
    Files.write(dir.resolve(INDEX), index, StandardCharsets.UTF_8);
  }
}
