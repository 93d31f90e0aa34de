package nl.kamergraaf.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One build of a store directory: lock, clear leftovers, write a fresh TDB2 database in one write
 * transaction, swap it in, drop databases older than the previous one.
 *
 * <p>Until the swap nothing the server reads is touched, so a failed or killed build costs only its
 * own half-written database, which is deleted now (failure) or by the next build (kill).
 */
final class StoreBuild {
  private static final Logger LOG = LoggerFactory.getLogger("nl.kamergraaf.store");

  private final StoreLayout layout;
  private final boolean transactional;

  StoreBuild(Path storeDir) {
    this(storeDir, true);
  }

  /**
   * With {@code transactional} false the writer runs outside any transaction, for the TDB2 bulk
   * loaders, which begin and commit their own.
   */
  StoreBuild(Path storeDir, boolean transactional) {
    this.layout = new StoreLayout(storeDir);
    this.transactional = transactional;
  }

  /** Files written into a fresh database's directory after its data, before the swap. */
  interface Alongside {
    void write(Path database) throws IOException;
  }

  Path run(Consumer<DatasetGraph> writer) {
    return run(writer, database -> {});
  }

  Path run(Consumer<DatasetGraph> writer, Alongside alongside) {
    createStoreDir();
    try (StoreLock lock = StoreLock.acquire(layout.lockFile())) {
      removeUnused("left over from an earlier build");
      Path fresh = createDatabase();
      boolean swapped = false;
      try {
        write(fresh, writer);
        alongside.write(fresh);
        layout.swapIn(fresh);
        swapped = true;
      } catch (IOException e) {
        throw new StoreException(
            "cannot put " + fresh + " in service in " + layout.dir() + ": " + e + unchanged(), e);
      } finally {
        if (!swapped) {
          discard(fresh);
        }
      }
      LOG.info("Store {}: {} is now in service", layout.dir(), fresh.getFileName());
      removeUnused("older than the previous database");
      return fresh;
    }
  }

  private void write(Path db, Consumer<DatasetGraph> writer) {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
    boolean loaderStuck = false;
    try {
      if (transactional) {
        Txn.executeWrite(dsg, () -> writer.accept(dsg));
      } else {
        writer.accept(dsg);
      }
    } catch (NoSpaceException e) {
      // The loader's threads still hold the database: closing it would wait for them forever.
      loaderStuck = true;
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException(
          "building the store " + layout.dir() + " failed: " + e.getMessage() + unchanged(), e);
    } finally {
      if (!loaderStuck) {
        // Expel closes the files and forgets the cached connection, so the directory can be
        // renamed, deleted or opened afresh by the server.
        TDBInternal.expel(dsg);
      }
    }
  }

  /** Says, for error messages, that the database in service was not touched. */
  private String unchanged() {
    try {
      Optional<Path> current = layout.current();
      return current
          .map(db -> "; the store is unchanged, " + db.getFileName() + " is still in service")
          .orElse("; the store has no database in service yet");
    } catch (IOException e) {
      return "";
    }
  }

  private void createStoreDir() {
    try {
      Files.createDirectories(layout.dir());
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the store directory "
              + layout.dir()
              + ": "
              + e
              + "; choose another --store",
          e);
    }
  }

  private Path createDatabase() {
    try {
      return layout.createDatabase(Instant.now());
    } catch (IOException e) {
      throw new StoreException("cannot create a database in " + layout.dir() + ": " + e, e);
    }
  }

  private void removeUnused(String why) {
    try {
      List<Path> leased = new ArrayList<>();
      for (Path db : layout.removeUnused(leased::add)) {
        LOG.info("Store {}: removed {} ({})", layout.dir(), db.getFileName(), why);
      }
      for (Path db : leased) {
        LOG.info(
            "Store {}: kept {} ({}): a server still reads it; a later build removes it",
            layout.dir(),
            db.getFileName(),
            why);
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot remove unused databases from "
              + layout.dir()
              + ": "
              + e
              + "; delete db-* "
              + "directories other than current and previous by hand",
          e);
    }
  }

  private void discard(Path fresh) {
    try {
      StoreLayout.deleteTree(fresh);
    } catch (IOException e) {
      // The next build removes it; the failure itself is what the caller must hear about.
      LOG.warn("Store {}: could not remove the failed build {}: {}", layout.dir(), fresh, e);
    }
  }
}
