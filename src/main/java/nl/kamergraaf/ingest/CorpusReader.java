package nl.kamergraaf.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import nl.kamergraaf.ingest.api.Sidecars;
import nl.kamergraaf.ingest.format.Format;
import nl.kamergraaf.ingest.format.FormatSniffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the documents of a folder: every {@code .txt}, {@code .md}, {@code .pdf}, {@code .docx},
 * {@code .doc}, {@code .html} and {@code .htm} file in it and its subfolders (and files with other
 * names whose content is PDF, Word or HTML), in order of their path relative to the folder. A
 * document's source is that relative path ({@code "a/b.txt"}; just the file name for files at the
 * top). A file that cannot be read is reported and the others are still read; hidden files and
 * folders and files with other extensions are reported as skipped. Documents are handed over one at
 * a time and not kept, so a corpus need not fit in memory.
 *
 * <pre>
 * CorpusSummary summary = new CorpusReader().read(
 *     Path.of("data/corpus"), doc -> extractor.extract(doc, sink), problem -> log(problem));
 * </pre>
 */
public final class CorpusReader {
  private static final Logger LOG = LoggerFactory.getLogger("kamergraaf.ingest");

  private final DocumentReader reader;

  public CorpusReader() {
    this(new DocumentReader());
  }

  public CorpusReader(DocumentReader reader) {
    this.reader = reader;
  }

  /** Reads the corpus at {@code input} (a folder, or a single file), calling {@code listener}. */
  public CorpusSummary read(Path input, CorpusListener listener) {
    int accepted = 0;
    int rejected = 0;
    int skipped = 0;
    for (Entry entry : list(input)) {
      if (entry.skipReason() != null) {
        LOG.debug("skipped {}: {}", entry.source(), entry.skipReason());
        listener.skipped(entry.source(), entry.skipReason());
        skipped++;
        continue;
      }
      Document document;
      try {
        document =
            reader.read(
                entry.path(), entry.source(), warning -> listener.warned(entry.source(), warning));
        // The API's metadata that fetch stored beside the paper, if any.
        document =
            Sidecars.attach(
                entry.path(), document, warning -> listener.warned(entry.source(), warning));
      } catch (IngestException e) {
        LOG.debug("rejected {}", entry.source(), e);
        listener.rejected(e);
        rejected++;
        continue;
      }
      listener.accepted(document);
      accepted++;
    }
    return new CorpusSummary(accepted, rejected, skipped);
  }

  /** Reads the corpus at {@code input}: documents go to {@code ok}, problems to {@code bad}. */
  public CorpusSummary read(Path input, Consumer<Document> ok, Consumer<IngestException> bad) {
    return read(input, ok, bad, warning -> {});
  }

  /** As {@link #read(Path, Consumer, Consumer)}, with repairs made on the way to {@code warn}. */
  public CorpusSummary read(
      Path input, Consumer<Document> ok, Consumer<IngestException> bad, Consumer<String> warn) {
    return read(
        input,
        new CorpusListener() {
          @Override
          public void accepted(Document document) {
            ok.accept(document);
          }

          @Override
          public void rejected(IngestException problem) {
            bad.accept(problem);
          }

          @Override
          public void warned(String source, String warning) {
            warn.accept(warning);
          }
        });
  }

  /**
   * Whether {@code fileName} has a document extension: {@code .txt}, {@code .md}, {@code .pdf}, …
   */
  public static boolean isDocumentName(String fileName) {
    return Format.byName(fileName) != null;
  }

  /** A file found under the input: to read, or skipped with a reason. */
  private record Entry(String source, Path path, String skipReason) {}

  private static List<Entry> list(Path input) {
    if (Files.isRegularFile(input)) {
      return List.of(new Entry(input.getFileName().toString(), input, null));
    }
    if (!Files.isDirectory(input)) {
      throw new IngestException(
          input
              + ": no such folder. Give the folder that holds the "
              + "documents ("
              + Format.extensionList()
              + " files).");
    }
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(
          input,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(input) && isHidden(dir)) {
                entries.add(new Entry(source(input, dir) + "/", dir, "hidden folder"));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              entries.add(new Entry(source(input, file), file, skipReason(file, attrs)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // Reading will fail with a proper message; listing must not stop the others.
              entries.add(new Entry(source(input, file), file, null));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new IngestException(input + ": cannot list the folder (" + e.getMessage() + ").", e);
    }
    entries.sort(Comparator.comparing(Entry::source));
    return entries;
  }

  private static String skipReason(Path file, BasicFileAttributes attrs) {
    if (isHidden(file)) {
      return "hidden file";
    }
    if (attrs.isSymbolicLink()) {
      return "symbolic link (not followed)";
    }
    if (!attrs.isRegularFile()) {
      return "not a regular file";
    }
    if (!isDocumentName(file.getFileName().toString())) {
      // Content decides: a PDF saved without extension is still a PDF.
      FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(file);
      if (sniffed.format() == null || sniffed.format() == Format.TEXT) {
        return "not a document (" + Format.extensionList() + ")";
      }
    }
    return null;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The path of {@code file} relative to {@code root}, with {@code /} on every platform. */
  private static String source(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    for (Path part : root.relativize(file)) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }
}
