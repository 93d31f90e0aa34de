package nl.kamergraaf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/** The file formats of graph tools an {@link ExportGraph} can be written in. */
public enum ExportFormat {
  /** Gephi's format, with node and edge types, weights and document dates as time. */
  GEXF("gexf", "application/gexf+xml", new GexfWriter()),
  GRAPHML("graphml", "application/graphml+xml", new GraphmlWriter()),
  /** Cytoscape.js elements JSON ({@code cy.add(json.elements)}). */
  CYTOSCAPE("cytoscape", "application/json", new CytoscapeJsonWriter()),
  /** One row per node. */
  NODES_CSV("nodes-csv", "text/csv", CsvWriter.NODES),
  /** One row per edge. */
  EDGES_CSV("edges-csv", "text/csv", CsvWriter.EDGES);

  private final String name;
  private final String mediaType;
  private final Writer writer;

  ExportFormat(String name, String mediaType, Writer writer) {
    this.name = name;
    this.mediaType = mediaType;
    this.writer = writer;
  }

  /** How an exported graph is put into bytes. */
  interface Writer {
    void write(ExportGraph graph, OutputStream out) throws IOException;
  }

  public String formatName() {
    return name;
  }

  public String mediaType() {
    return mediaType;
  }

  /** A file name for this format, e.g. {@code kamergraaf.gexf} or {@code edges.csv}. */
  public String fileName() {
    return switch (this) {
      case NODES_CSV -> "nodes.csv";
      case EDGES_CSV -> "edges.csv";
      case CYTOSCAPE -> "kamergraaf.cyjs.json";
      default -> "kamergraaf." + name;
    };
  }

  public void write(ExportGraph graph, OutputStream out) {
    try {
      writer.write(graph, out);
      out.flush();
    } catch (IOException e) {
      throw new ExportException("cannot write the " + name + " export: " + e.getMessage(), e);
    }
  }

  /** The format with this name (as {@link #formatName}, case ignored). */
  public static ExportFormat named(String name) {
    return Arrays.stream(values())
        .filter(f -> f.name.equals(name == null ? "" : name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new ExportException(
                    "unknown export format '"
                        + name
                        + "'; use one of "
                        + Arrays.stream(values()).map(ExportFormat::formatName).toList()));
  }
}
