package nl.kamergraaf.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The extracted quads of each document, one gzipped N-Quads file per content key in {@code
 * <store>/extracted/}: what a rebuild reuses for documents that did not change, and what the bulk
 * loader reads, so the corpus never has to be held in memory; and beside them the text each was
 * extracted from, which every database keeps a link to ({@link DatabaseTexts}).
 *
 * <p>Files appear by rename, complete or not at all; a key names its content, so two writers of one
 * key write the same bytes.
 */
final class ExtractionCache {
  private static final String SUFFIX = ".nq.gz";
  private static final String TEXT_SUFFIX = ".txt.gz";
  private final Path dir;

  ExtractionCache(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  Path file(String key) {
    return dir.resolve(key + SUFFIX);
  }

  boolean has(String key) {
    return Files.isRegularFile(file(key));
  }

  /** The text the quads of {@code key} were extracted from, kept for {@link DatabaseTexts}. */
  Path textFile(String key) {
    return dir.resolve(key + TEXT_SUFFIX);
  }

  boolean hasText(String key) {
    return Files.isRegularFile(textFile(key));
  }

  /** Keeps {@code text} as the text of {@code key}. */
  void writeText(String key, String text) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, key, ".tmp");
    try {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      Files.move(
          tmp, textFile(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes the quads {@code writer} emits under {@code key}; returns how many quads. */
  long write(String key, Consumer<StreamRDF> writer) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, key, ".tmp");
    long[] count = {0};
    try {
      try (OutputStream out =
          new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)), 1 << 16)) {
        StreamRDF nq = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        nq.start();
        writer.accept(
            new StreamRDFWrapper(nq) {
              @Override
              public void quad(Quad q) {
                count[0]++;
                super.quad(q);
              }
            });
        nq.finish();
      }
      Files.move(
          tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return count[0];
  }

  InputStream open(String key) throws IOException {
    return new GZIPInputStream(Files.newInputStream(file(key)), 1 << 16);
  }

  /** Deletes the files of every key not in {@code keep}; returns how many it deleted. */
  int retainOnly(Set<String> keep) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        String key =
            name.endsWith(SUFFIX)
                ? name.substring(0, name.length() - SUFFIX.length())
                : name.endsWith(TEXT_SUFFIX)
                    ? name.substring(0, name.length() - TEXT_SUFFIX.length())
                    : null;
        if (key == null || !keep.contains(key)) {
          Files.deleteIfExists(f);
          removed++;
        }
      }
    }
    return removed;
  }
}
