package nl.kamergraaf.serve.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.ingest.Normaliser;

/**
 * The original text of a document, so that the facts' positions (code points in that text) can be
 * shown in place: the text kept with the database it was built into, or, for a database built
 * without its texts, read again from the folder the store was built from.
 *
 * <p>The texts last shown are kept in memory up to a number of characters, the least recently shown
 * going first, so that a crawler walking every page of a large corpus does not pin every text
 * (10,000 papers hold about 300 MB). A file in the folder larger than the build's {@code
 * --max-file-size} is not read, as the build did not read it.
 */
final class DocumentTexts {
  /** Characters of text kept in memory by default: about 32 MB, some 200 papers. */
  static final long DEFAULT_CACHED_CHARS = 16L << 20;

  private final Path folder;
  private final Function<String, Optional<String>> kept;
  private final DocumentReader reader;
  private final long cachedChars;

  /** In order of last use, the least recent first; guarded by itself. */
  private final LinkedHashMap<String, Optional<String>> cache =
      new LinkedHashMap<>(16, 0.75f, true);

  private long charsInCache;

  DocumentTexts(Path folder) {
    this(folder, null, DocumentReader.DEFAULT_MAX_FILE_SIZE, DEFAULT_CACHED_CHARS);
  }

  /**
   * {@code kept}: the texts kept with the served database, or null if it has none. When given, the
   * folder is never read: its files may have changed since the build, and the database's positions
   * would then mark the wrong words. {@code maxFileSize}: the largest file of the folder that is
   * read (bytes); {@code cachedChars}: the characters of text kept in memory.
   */
  DocumentTexts(
      Path folder, Function<String, Optional<String>> kept, long maxFileSize, long cachedChars) {
    if (cachedChars < 0) {
      throw new IllegalArgumentException(
          "characters to keep must be 0 or more, not " + cachedChars);
    }
    this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    this.kept = kept;
    this.reader = new DocumentReader(new Normaliser(), maxFileSize);
    this.cachedChars = cachedChars;
  }

  boolean available() {
    return folder != null || kept != null;
  }

  /** The text of the file named {@code source} (relative to the folder), if it can be read. */
  Optional<String> original(String source) {
    if (!available()) {
      return Optional.empty();
    }
    synchronized (cache) {
      Optional<String> cached = cache.get(source);
      if (cached != null) {
        return cached;
      }
    }
    // Read outside the lock: two pages of one paper may read it twice, but no page waits for
    // another paper's text.
    Optional<String> text = kept != null ? kept.apply(source) : read(source);
    keep(source, text);
    return text;
  }

  /** The characters of text now in memory (for tests). */
  long charsInMemory() {
    synchronized (cache) {
      return charsInCache;
    }
  }

  private void keep(String source, Optional<String> text) {
    long size = text.map(String::length).orElse(0);
    if (size > cachedChars) {
      return;
    }
    synchronized (cache) {
      Optional<String> before = cache.put(source, text);
      charsInCache += size - (before == null ? 0 : before.map(String::length).orElse(0));
      Iterator<Map.Entry<String, Optional<String>>> oldest = cache.entrySet().iterator();
      while (charsInCache > cachedChars && oldest.hasNext()) {
        charsInCache -= oldest.next().getValue().map(String::length).orElse(0);
        oldest.remove();
      }
    }
  }

  private Optional<String> read(String source) {
    Path file = folder.resolve(source).normalize();
    // The name comes from the store; still, never read outside the documents folder.
    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.read(file, source).original());
    } catch (IngestException e) {
      return Optional.empty(); // unreadable, or larger than --max-file-size
    }
  }
}
