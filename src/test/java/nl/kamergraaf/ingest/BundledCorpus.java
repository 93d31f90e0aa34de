package nl.kamergraaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five documents bundled in {@code data/corpus} (tests run from the project root). */
final class BundledCorpus {
  static final Path DIR = Path.of("data/corpus");

  private BundledCorpus() {}

  /** The bundled file whose name starts with {@code prefix}, e.g. {@code "003"}. */
  static Path file(String prefix) {
    return files().stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bundled document " + prefix + " in " + DIR));
  }

  /** The bundled document whose name starts with {@code prefix}, read and normalised. */
  static Document document(String prefix) {
    return new DocumentReader().read(file(prefix));
  }

  static List<Path> files() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
