package nl.kamergraaf.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.build.Store;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads N-Quads files (from {@link ExtractJob}) into a kamergraaf store with Jena's phased bulk
 * loader, as a fresh database swapped in atomically, so {@code kamergraaf serve --store} serves
 * it and a server already running on the old database is not disturbed.
 *
 * <pre>
 * java -cp "target/kamergraaf-spark-extract-0.1.0-SNAPSHOT.jar:target/lib/*" \
 *   nl.kamergraaf.spark.LoadStore /data/store /data/quads/*.nq.gz
 * </pre>
 */
public final class LoadStore {
  private LoadStore() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: LoadStore STORE_DIR FILE.nq[.gz]...");
      System.exit(2);
    }
    List<String> files = new ArrayList<>(List.of(args).subList(1, args.length));
    long t0 = System.nanoTime();
    long[] quads = {0};
    Path db = Store.buildBulk(Path.of(args[0]), dsg -> {
      DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.outputTo(System.out));
      loader.startBulk();
      try {
        loader.load(files);
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      quads[0] = loader.countQuads();
    });
    System.out.printf("Loaded %,d quads from %d files in %.1f s; in service: %s%n", quads[0],
        files.size(), (System.nanoTime() - t0) / 1e9, db);
  }
}
