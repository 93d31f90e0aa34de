package nl.kamergraaf.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A server's hold on the database it reads: a shared lock on {@code db-…/served.lease}, which a
 * build never deletes a database past. Without it a second build deleted the database a live server
 * still read, which then ran on deleted files whose space was never freed. Like the build lock it
 * is an operating-system lock and dies with its process.
 */
public final class DatabaseLease implements AutoCloseable {
  static final String FILE = "served.lease";

  private final FileChannel channel;
  private final FileLock lock;

  private DatabaseLease(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes a lease on {@code database}, waiting while a build is deleting it. */
  static DatabaseLease take(Path database) {
    try {
      FileChannel channel =
          FileChannel.open(
              database.resolve(FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      return new DatabaseLease(channel, channel.lock(0, Long.MAX_VALUE, true));
    } catch (IOException e) {
      throw new StoreException(
          "cannot take a lease on "
              + database
              + " ("
              + e
              + "): make the"
              + " store writable for the server, so that builds can see it reads this database",
          e);
    }
  }

  /** Whether a server (in this process or another) holds a lease on {@code database}. */
  static boolean isHeld(Path database) {
    Path file = database.resolve(FILE);
    if (!Files.exists(file)) {
      return false;
    }
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock probe = channel.tryLock();
      if (probe == null) {
        return true;
      }
      probe.release();
      return false;
    } catch (OverlappingFileLockException sameProcess) {
      return true;
    } catch (NoSuchFileException gone) {
      return false;
    } catch (IOException e) {
      return true; // when in doubt, keep the database
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The lock goes with the channel, and both with the process.
    }
  }
}
