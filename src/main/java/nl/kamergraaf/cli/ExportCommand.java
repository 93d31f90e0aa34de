package nl.kamergraaf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.kamergraaf.export.ExportException;
import nl.kamergraaf.export.ExportFilter;
import nl.kamergraaf.export.ExportFormat;
import nl.kamergraaf.export.ExportGraph;
import nl.kamergraaf.export.GraphExtract;
import nl.kamergraaf.export.tables.TablesExport;
import nl.kamergraaf.graph.Store;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf export}: the network of a store for Gephi, Cytoscape, yEd or a spreadsheet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the entity network of a store as GEXF, GraphML, Cytoscape.js JSON or CSV.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, description = "Store directory made by 'build'.")
  Path store;

  @Option(names = "--format", defaultValue = "gexf",
      description = "gexf, graphml, cytoscape, csv (nodes.csv and edges.csv), nodes-csv, edges-csv, "
          + "or tables (CSV tables for statistics and datapackage.json, into a folder; default: "
          + "tables) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"--output", "-o"},
      description = "File to write (a folder for csv); default: standard output (csv: current folder).")
  Path output;

  @Option(names = "--types", split = ",",
      description = "Entity types to keep: person, fractie, country, org, program, role, meeting.")
  Set<String> types;

  @Option(names = "--document", description = "Only this document (file name, identifier or IRI).")
  String document;

  @Option(names = "--from", description = "Only documents dated on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Only documents dated on or before this day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--entity", description = "Only the neighbourhood of this entity (IRI or path such as country/nl).")
  String entity;

  @Option(names = "--hops", defaultValue = "1", description = "Size of the neighbourhood (default: ${DEFAULT-VALUE}).")
  int hops;

  @Override
  public Integer call() {
    if (format.equalsIgnoreCase("tables")) {
      return tables();
    }
    ExportFilter filter = new ExportFilter(types, document, from, to, entity, hops);
    boolean csv = format.equalsIgnoreCase("csv");
    ExportFormat single = csv ? null : ExportFormat.named(format);
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
      OutputStream out = System.out;
      single.write(graph, out);
    } else {
      write(graph, single, output);
    }
    spec.commandLine().getErr().printf("Exported %d nodes and %d edges%s.%n",
        graph.nodes().size(), graph.edges().size(),
        output == null && !csv ? "" : " to " + (output == null ? Path.of(".") : output));
    spec.commandLine().getErr().flush();
    return ExitCodes.OK;
  }

  /** The tables for statistics: always the whole dataset, so the filters do not apply. */
  private int tables() {
    if (types != null || document != null || from != null || to != null || entity != null) {
      throw new ExportException("--format tables exports the whole dataset: leave out --types, "
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
