package nl.kamergraaf.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A store directory of TDB2 databases: build a fresh one and swap it in atomically, or open the one
 * in service.
 *
 * <pre>{@code
 * Store.buildFromStream(storeDir, stream -> extractor.extract(document, stream));
 * DatasetGraph dsg = Store.open(storeDir);   // default graph = union of the named graphs
 * Txn.executeRead(dsg, () -> ...);
 * Store.close(dsg);
 * }</pre>
 *
 * <p>Layout: {@code db-<UTC time>/} directories hold complete TDB2 databases; the symbolic link
 * {@code current} names the one in service and {@code previous} the one before it, kept so a server
 * that opened it keeps working. A build that fails or is killed never touches either.
 */
public final class Store {
  private Store() {}

  /**
   * Writes a fresh database with {@code writer}, inside one write transaction, and puts it in
   * service. Returns the new database directory.
   *
   * @throws StoreException if the writer throws (wrapped, as the cause) or the files cannot be
   *     written; the database in service is then unchanged and the fresh one deleted
   */
  public static Path build(Path storeDir, Consumer<DatasetGraph> writer) {
    Objects.requireNonNull(storeDir, "storeDir");
    Objects.requireNonNull(writer, "writer");
    return new StoreBuild(storeDir).run(writer);
  }

  /**
   * Like {@link #build}, but {@code loader} runs outside any transaction: for a TDB2 bulk loader
   * ({@code LoaderFactory}), which manages its own. The fresh database is swapped in only if the
   * loader returns normally.
   */
  public static Path buildBulk(Path storeDir, Consumer<DatasetGraph> loader) {
    return buildBulk(storeDir, loader, database -> {});
  }

  /**
   * As {@link #buildBulk(Path, Consumer)}; {@code alongside} adds files to the fresh database's
   * directory before the swap.
   */
  static Path buildBulk(
      Path storeDir, Consumer<DatasetGraph> loader, StoreBuild.Alongside alongside) {
    Objects.requireNonNull(storeDir, "storeDir");
    Objects.requireNonNull(loader, "loader");
    return new StoreBuild(storeDir, false).run(loader, alongside);
  }

  /** Like {@link #build}, for code that emits quads and triples to a {@link StreamRDF}. */
  public static Path buildFromStream(Path storeDir, Consumer<StreamRDF> writer) {
    Objects.requireNonNull(writer, "writer");
    return build(
        storeDir,
        dsg -> {
          StreamRDF stream = StreamRDFLib.dataset(dsg);
          stream.start();
          writer.accept(stream);
          stream.finish();
        });
  }

  /**
   * Opens the database in service. Its default graph for queries is the union of all named graphs,
   * so a query needs no {@code GRAPH} clause to see every document.
   *
   * <p>The dataset keeps reading this database even after a later build swaps in another.
   *
   * @throws StoreException if {@code storeDir} holds no database in service
   */
  public static DatasetGraph open(Path storeDir) {
    Objects.requireNonNull(storeDir, "storeDir");
    StoreLayout layout = new StoreLayout(storeDir);
    return connect(layout, databaseInService(layout));
  }

  /**
   * Opens the database in service for a server: with the texts it was built from and a lease that
   * keeps later builds from deleting it while the server reads it (see {@link OpenDatabase}).
   *
   * @throws StoreException if {@code storeDir} holds no database in service
   */
  public static OpenDatabase openForServing(Path storeDir) {
    Objects.requireNonNull(storeDir, "storeDir");
    StoreLayout layout = new StoreLayout(storeDir);
    Path db = databaseInService(layout);
    DatabaseLease lease = DatabaseLease.take(db);
    try {
      // A build may have deleted it between the link's reading and the lease.
      return new OpenDatabase(connect(layout, databaseInService(layout, db)), db, lease);
    } catch (RuntimeException e) {
      lease.close();
      throw e;
    }
  }

  private static Path databaseInService(StoreLayout layout) {
    Path db;
    try {
      db = layout.current().orElseThrow(() -> noStore(layout.dir()));
    } catch (IOException e) {
      throw new StoreException("cannot read the store " + layout.dir() + ": " + e, e);
    }
    return databaseInService(layout, db);
  }

  private static Path databaseInService(StoreLayout layout, Path db) {
    if (!Files.isDirectory(db)) {
      throw new StoreException(
          "the store "
              + layout.dir()
              + " points to "
              + db
              + ", which is missing: run `kamergraaf build --input DIR --store "
              + layout.dir()
              + "` again");
    }
    return db;
  }

  private static DatasetGraph connect(StoreLayout layout, Path db) {
    // Connect by the database's own path, not by the "current" link: TDB2 caches connections
    // by location, and "current" will name another database after the next swap.
    DatasetGraph dsg;
    try {
      dsg = DatabaseMgr.connectDatasetGraph(db.toString());
    } catch (DBOpEnvException e) {
      // TDB2 lets one process at a time use a database; a running server holds it.
      throw new StoreException(
          "the store "
              + layout.dir()
              + " is in use by another process (a running"
              + " `kamergraaf serve` or `up`?): query that server over HTTP, e.g. curl --data-urlencode"
              + " query@FILE http://localhost:3030/sparql, or stop it first ("
              + e.getMessage()
              + ")",
          e);
    }
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    return dsg;
  }

  /**
   * Closes a dataset from {@link #open} and releases its files. Datasets opened on the same
   * database in this process share one connection, so close only when all of them are done.
   */
  public static void close(DatasetGraph dsg) {
    TDBInternal.expel(dsg);
  }

  private static StoreException noStore(Path dir) {
    return new StoreException(
        "no store at " + dir + ": run `kamergraaf build --input DIR --store " + dir + "` first");
  }
}
