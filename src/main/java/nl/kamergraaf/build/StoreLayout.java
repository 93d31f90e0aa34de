package nl.kamergraaf.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files of one store directory: the TDB2 databases {@code db-<UTC time>/}, the symbolic links
 * {@code current} (the database in service) and {@code previous} (the one before it), and the build
 * lock. A database a server holds a lease on is never deleted.
 *
 * <p>Links are relative ({@code current -> db-…}) so a store directory can be moved or copied as a
 * whole. Every link change is a rename over the old link, which POSIX makes atomic: a reader sees
 * either the old or the new database, never none.
 */
final class StoreLayout {
  static final String CURRENT = "current";
  static final String PREVIOUS = "previous";
  private static final String LOCK = "build.lock";
  private static final String DB_PREFIX = "db-";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final Path dir;

  StoreLayout(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  Path dir() {
    return dir;
  }

  Path lockFile() {
    return dir.resolve(LOCK);
  }

  /** The database {@code current} points to, if the link exists (its target may be missing). */
  Optional<Path> current() throws IOException {
    return target(CURRENT);
  }

  Optional<Path> previous() throws IOException {
    return target(PREVIOUS);
  }

  private Optional<Path> target(String link) throws IOException {
    Path path = dir.resolve(link);
    if (!Files.isSymbolicLink(path)) {
      return Optional.empty();
    }
    return Optional.of(dir.resolve(Files.readSymbolicLink(path)).normalize());
  }

  /** Creates an empty directory for a new database, named after the time; never reuses a name. */
  Path createDatabase(Instant now) throws IOException {
    String base = DB_PREFIX + STAMP.format(now);
    for (int n = 1; ; n++) {
      Path candidate = dir.resolve(n == 1 ? base : base + "-" + n);
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException taken) {
        // Two builds within one millisecond: try the next suffix.
      }
    }
  }

  /**
   * Puts {@code db} in service. {@code previous} moves first, so the database that was in service
   * stays protected from {@link #removeUnused} even if the process dies between the two renames.
   */
  void swapIn(Path db) throws IOException {
    Optional<Path> old = current();
    if (old.isPresent() && !old.get().equals(db) && Files.isDirectory(old.get())) {
      pointLink(PREVIOUS, old.get());
    }
    pointLink(CURRENT, db);
  }

  private void pointLink(String link, Path db) throws IOException {
    Path tmp = dir.resolve(link + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createSymbolicLink(tmp, dir.relativize(db));
    Files.move(
        tmp,
        dir.resolve(link),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Deletes every database that is neither current nor previous: older ones, and half-written ones
   * a killed or failed build left behind; but not one a server holds a lease on ({@link
   * DatabaseLease}), which goes to {@code leased}. Returns what it deleted.
   */
  List<Path> removeUnused(Consumer<Path> leased) throws IOException {
    List<Path> keep = new ArrayList<>();
    current().ifPresent(keep::add);
    previous().ifPresent(keep::add);
    List<Path> removed = new ArrayList<>();
    for (Path db : databases()) {
      if (keep.contains(db)) {
        continue;
      }
      if (DatabaseLease.isHeld(db)) {
        leased.accept(db);
      } else {
        deleteTree(db);
        removed.add(db);
      }
    }
    return removed;
  }

  List<Path> databases() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith(DB_PREFIX))
          .filter(p -> Files.isDirectory(p) && !Files.isSymbolicLink(p))
          .map(Path::normalize)
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
