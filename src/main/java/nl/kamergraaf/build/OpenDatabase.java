package nl.kamergraaf.build;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The database in service, opened for a server: the dataset, the directory it lives in, the texts
 * it was built from ({@link DatabaseTexts}) and the lease that keeps builds from deleting it
 * ({@link DatabaseLease}). Closing releases all three.
 *
 * <pre>
 * try (OpenDatabase db = Store.openForServing(storeDir)) {
 *   serve(db.dataset(), db.texts());
 * }
 * </pre>
 */
public final class OpenDatabase implements AutoCloseable {
  private final DatasetGraph dataset;
  private final Path directory;
  private final DatabaseTexts texts;
  private final DatabaseLease lease;

  OpenDatabase(DatasetGraph dataset, Path directory, DatabaseLease lease) {
    this.dataset = dataset;
    this.directory = directory;
    this.texts = DatabaseTexts.of(directory);
    this.lease = lease;
  }

  public DatasetGraph dataset() {
    return dataset;
  }

  public Path directory() {
    return directory;
  }

  public DatabaseTexts texts() {
    return texts;
  }

  @Override
  public void close() {
    Store.close(dataset);
    lease.close();
  }
}
