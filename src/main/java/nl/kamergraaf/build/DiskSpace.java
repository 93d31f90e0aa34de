package nl.kamergraaf.build;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

/**
 * The disk space a store build needs and what a full disk looks like from Java.
 *
 * <p>A database takes about 45 times its documents' extracted N-Quads (gzipped) on disk, plus a few
 * MiB: 13.7 MB for the five bundled papers' 320 KB, 26 GB for 10,000 synthetic documents' 642 MB. A
 * build checks for that much before it loads anything. The check can be switched off with {@code
 * -Dkamergraaf.spaceCheck=off}, for filesystems that report no free space they have (and for the
 * test that fills a disk while the loader runs).
 */
final class DiskSpace {
  static final int DATABASE_PER_EXTRACTED = 45;
  static final long DATABASE_OVERHEAD = 2L * 1024 * 1024;

  private DiskSpace() {}

  /** What a database of the documents whose extracted quads are {@code files} takes. */
  static long estimate(Collection<Path> files) throws IOException {
    long extracted = 0;
    for (Path f : files) {
      extracted += Files.size(f);
    }
    return extracted * DATABASE_PER_EXTRACTED + DATABASE_OVERHEAD;
  }

  /** Throws {@link NoSpaceException} if {@code dir}'s disk has less than {@code needed} free. */
  static void require(Path dir, long needed, String what) {
    if ("off".equals(System.getProperty("kamergraaf.spaceCheck"))) {
      return;
    }
    long free;
    try {
      FileStore disk = Files.getFileStore(dir);
      free = disk.getUsableSpace();
    } catch (IOException e) {
      return; // the loader will find out, and say so
    }
    if (free < needed) {
      throw new NoSpaceException(
          String.format(
              Locale.ROOT,
              "the disk of %s has %s free;"
                  + " %s needs about %s: nothing was loaded, the store is unchanged. Free some space, or"
                  + " build into another --store",
              dir,
              size(free),
              what,
              size(needed)),
          null);
    }
  }

  /** Whether {@code failure} (or a cause of it) is the disk being full. */
  static boolean isFull(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
        return true;
      }
      // A write through a memory-mapped file that the filesystem could not back: SIGBUS.
      if (t instanceof InternalError && message.contains("unsafe memory access")) {
        return true;
      }
    }
    return false;
  }

  static String size(long bytes) {
    return bytes < 10L * 1024 * 1024 ? (bytes / 1024) + " KiB" : (bytes / (1024 * 1024)) + " MiB";
  }
}
