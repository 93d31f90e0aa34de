package nl.kamergraaf.build.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.IngestException;

/**
 * The original text of each document, read again from the folder the store is built from (the
 * facts' positions count code points in it), looked up by the document's {@code kg:sourceFile}.
 */
public final class SourceTexts implements Function<String, Optional<String>> {
  private final Path folder;

  public SourceTexts(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** The text of the file named {@code source} (relative to the folder), if it can be read. */
  @Override
  public Optional<String> apply(String source) {
    Path file = folder.resolve(source).normalize();
    // The name comes from the graph; still, never read outside the documents folder.
    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DocumentReader().read(file, source).original());
    } catch (IngestException e) {
      return Optional.empty();
    }
  }

  /** The code points {@code [start, end)} of {@code text}, or empty if they lie outside it. */
  public static Optional<String> span(String text, long start, long end) {
    int length = text.codePointCount(0, text.length());
    if (start < 0 || end > length || start >= end) {
      return Optional.empty();
    }
    int from = text.offsetByCodePoints(0, (int) start);
    int to = text.offsetByCodePoints(from, (int) (end - start));
    return Optional.of(text.substring(from, to));
  }
}
