package nl.kamergraaf.build.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kamergraaf.build.StoreException;
import nl.kamergraaf.graph.KG;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a database's text index lives (the folder {@value #FOLDER} inside the TDB2 database, so it
 * is swapped in and removed with it) and how it is opened for {@code text:query}.
 *
 * <pre>{@code
 * DatasetGraph dsg = TextIndexes.attach(Store.open(storeDir));
 * // SELECT ?q WHERE { ?q text:query (kg:text "munitie") ; a kg:Question }
 * }</pre>
 *
 * <p>Every indexed resource (document, question, answer) has one Lucene document: its IRI, its
 * named graph and its text in the field {@value #FIELD}, which {@code kg:text} names in queries and
 * which is also the default field. The text is stored, so {@code text:query} can return it.
 */
public final class TextIndexes {
  /** The index's folder inside a TDB2 database folder. */
  public static final String FOLDER = "text-index";

  /** The Lucene field holding the text. */
  public static final String FIELD = "text";

  static final String ENTITY_FIELD = "uri";
  static final String GRAPH_FIELD = "graph";
  static final String LANG_FIELD = "lang";

  private static final Logger LOG = LoggerFactory.getLogger("nl.kamergraaf.store");

  /** TDB2 shares one connection per database in a process; the index is shared likewise. */
  private static final Map<Path, TextIndex> OPEN = new ConcurrentHashMap<>();

  private TextIndexes() {}

  /** What the index holds and how it cuts text and queries; the same for writing and reading. */
  static TextIndexConfig config() {
    EntityDefinition entities = new EntityDefinition(ENTITY_FIELD, FIELD, KG.text);
    entities.setGraphField(GRAPH_FIELD);
    // The texts have no language tag; naming the field only stops jena-text warning, on every
    // open, that stored values come back without one.
    entities.setLangField(LANG_FIELD);
    TextIndexConfig config = new TextIndexConfig(entities);
    DutchTextAnalyzer analyzer = new DutchTextAnalyzer();
    config.setAnalyzer(analyzer);
    config.setQueryAnalyzer(analyzer);
    config.setValueStored(true);
    return config;
  }

  /** The text index folder of a TDB2 database opened by {@code Store.open}, if it has one. */
  public static Optional<Path> folderOf(DatasetGraph dsg) {
    if (dsg instanceof DatasetGraphSwitchable tdb && tdb.hasContainerPath()) {
      return Optional.of(tdb.getContainerPath().resolve(FOLDER));
    }
    return Optional.empty();
  }

  /**
   * Makes {@code text:query} answer from the index inside {@code dsg}'s database, and returns
   * {@code dsg}. The index is put in the dataset's context, so queries keep TDB2's own engine and
   * the union default graph. A database built before the index existed is served without one:
   * {@code text:query} then fails with a message to rebuild.
   */
  public static DatasetGraph attach(DatasetGraph dsg) {
    Optional<Path> folder = folderOf(dsg).filter(Files::isDirectory);
    if (folder.isEmpty()) {
      LOG.warn(
          "The store has no text index, so text:query and /search will not work: rebuild it "
              + "with `kamergraaf build --full`");
      return dsg;
    }
    return attach(dsg, folder.get());
  }

  /** Like {@link #attach(DatasetGraph)}, with the index in {@code folder}. */
  public static DatasetGraph attach(DatasetGraph dsg, Path folder) {
    TextQuery.init();
    dsg.getContext().set(TextQuery.textIndex, open(folder));
    return dsg;
  }

  /** The index in {@code folder}, opened once per process. */
  static TextIndex open(Path folder) {
    return OPEN.computeIfAbsent(
        folder.toAbsolutePath().normalize(),
        f -> {
          try {
            return new TextIndexLucene(FSDirectory.open(f), config());
          } catch (IOException e) {
            throw new StoreException(
                "cannot open the text index "
                    + f
                    + ": "
                    + e
                    + "; rebuild the store with `kamergraaf build --full`",
                e);
          }
        });
  }

  /** The index {@link #attach} put on {@code dsg}, if any. */
  public static Optional<TextIndex> of(DatasetGraph dsg) {
    return Optional.ofNullable(dsg.getContext().get(TextQuery.textIndex));
  }

  /** Closes the index of a database folder, if open (before the folder is deleted). */
  public static void close(Path folder) {
    TextIndex index = OPEN.remove(folder.toAbsolutePath().normalize());
    if (index != null) {
      index.close();
    }
  }
}
