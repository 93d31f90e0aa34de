package nl.kamergraaf.serve.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.IngestException;

/**
 * The original text of a document, so that the facts' positions (code points in that text) can
 * be shown in place: the text kept with the database it was built into, or, for a database
 * built without its texts, read again from the folder the store was built from.
 */
final class DocumentTexts {
  private final Path folder;
  private final Function<String, Optional<String>> kept;
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  DocumentTexts(Path folder) {
    this(folder, null);
  }

  /**
   * {@code kept}: the texts kept with the served database, or null if it has none. When given,
   * the folder is never read: its files may have changed since the build, and the database's
   * positions would then mark the wrong words.
   */
  DocumentTexts(Path folder, Function<String, Optional<String>> kept) {
    this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    this.kept = kept;
  }

  boolean available() {
    return folder != null || kept != null;
  }

  /** The text of the file named {@code source} (relative to the folder), if it can be read. */
  Optional<String> original(String source) {
    if (kept != null) {
      return kept.apply(source);
    }
    if (folder == null) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(source, this::read);
  }

  private Optional<String> read(String source) {
    Path file = folder.resolve(source).normalize();
    // The name comes from the store; still, never read outside the documents folder.
    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DocumentReader().read(file, source).original());
    } catch (IngestException e) {
      return Optional.empty();
    }
  }
}
