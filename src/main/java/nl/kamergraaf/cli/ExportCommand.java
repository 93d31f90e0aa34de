package nl.kamergraaf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.export.ExportException;
import nl.kamergraaf.export.ExportFilter;
import nl.kamergraaf.export.ExportFormat;
import nl.kamergraaf.export.ExportGraph;
import nl.kamergraaf.export.GraphExtract;
import nl.kamergraaf.export.tables.TablesExport;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf export}: the network of a store for Gephi, Cytoscape, yEd or a spreadsheet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export the entity network of a store as GEXF, GraphML, Cytoscape.js JSON or CSV.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, description = "Store directory made by 'build'.")
  Path store;

  /**
   * What {@code --format} takes: a graph format, csv (both tables) or the tables for statistics.
   */
  enum Format {
    GEXF(ExportFormat.GEXF),
    GRAPHML(ExportFormat.GRAPHML),
    CYTOSCAPE(ExportFormat.CYTOSCAPE),
    /** nodes.csv and edges.csv into a folder. */
    CSV(null),
    NODES_CSV(ExportFormat.NODES_CSV),
    EDGES_CSV(ExportFormat.EDGES_CSV),
    /** The CSV tables for statistics and their datapackage.json, into a folder. */
    TABLES(null);

    /** The one file it writes, or null for the folders. */
    final ExportFormat single;

    Format(ExportFormat single) {
      this.single = single;
    }

    /** As typed and listed in the help: {@code nodes-csv}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The entity types' names for {@code --types}, from ontology/entity-types.tsv. */
  static final class TypeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return EntityType.segments().iterator();
    }
  }

  @Option(
      names = "--format",
      defaultValue = "gexf",
      description =
          "${COMPLETION-CANDIDATES}: csv writes nodes.csv and edges.csv into a folder, "
              + "tables the CSV tables for statistics and datapackage.json into a folder (./tables "
              + "without --output) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"--output", "-o"},
      description =
          "File to write (a folder for csv); default: standard output (csv: current folder).")
  Path output;

  @Option(
      names = "--types",
      split = ",",
      completionCandidates = TypeNames.class,
      description = "Entity types to keep: ${COMPLETION-CANDIDATES}.")
  Set<String> types;

  @Option(names = "--document", description = "Only this document (file name, identifier or IRI).")
  String document;

  @Option(names = "--from", description = "Only documents dated on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Only documents dated on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(
      names = "--entity",
      description = "Only the neighbourhood of this entity (IRI or path such as country/nl).")
  String entity;

  @Option(
      names = "--hops",
      defaultValue = "1",
      description = "Size of the neighbourhood (default: ${DEFAULT-VALUE}).")
  int hops;

  @Override
  public Integer call() {
    if (format == Format.TABLES) {
      return tables();
    }
    ExportFilter filter = new ExportFilter(types, document, from, to, entity, hops);
    boolean csv = format == Format.CSV;
    ExportFormat single = format.single;
    DatasetGraph dsg = Store.open(store);
    ExportGraph graph;
    try {
      graph = GraphExtract.extract(dsg, filter);
    } finally {
      Store.close(dsg);
    }
    if (csv) {
      Path folder = output == null ? Path.of(".") : output;
      write(graph, ExportFormat.NODES_CSV, folder.resolve("nodes.csv"));
      write(graph, ExportFormat.EDGES_CSV, folder.resolve("edges.csv"));
    } else if (output == null) {
      try (Utf8Writer out = new Utf8Writer(spec.commandLine().getOut())) {
        single.write(graph, out);
      }
    } else {
      write(graph, single, output);
    }
    spec.commandLine()
        .getErr()
        .printf(
            "Exported %d nodes and %d edges%s.%n",
            graph.nodes().size(),
            graph.edges().size(),
            output == null && !csv ? "" : " to " + (output == null ? Path.of(".") : output));
    spec.commandLine().getErr().flush();
    return ExitCodes.OK;
  }

  /** The tables for statistics: always the whole dataset, so the filters do not apply. */
  private int tables() {
    if (types != null || document != null || from != null || to != null || entity != null) {
      throw new ExportException(
          "--format tables exports the whole dataset: leave out --types, "
              + "--document, --from, --to and --entity (filter the tables in your statistics tool)");
    }
    Path folder = output == null ? Path.of("tables") : output;
    DatasetGraph dsg = Store.open(store);
    Map<String, Integer> rows;
    try {
      rows = TablesExport.toFolder(dsg, folder);
    } finally {
      Store.close(dsg);
    }
    var err = spec.commandLine().getErr();
    rows.forEach((table, n) -> err.printf("  %-12s %,d rows%n", table + ".csv", n));
    err.printf("Exported %d tables and %s to %s.%n", rows.size(), TablesExport.DATAPACKAGE, folder);
    err.flush();
    return ExitCodes.OK;
  }

  private static void write(ExportGraph graph, ExportFormat format, Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        format.write(graph, out);
      }
    } catch (IOException e) {
      throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
