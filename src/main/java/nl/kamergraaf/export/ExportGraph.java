package nl.kamergraaf.export;

import java.util.List;

/** The network handed to graph tools: entities as nodes, supported relations as edges. */
public record ExportGraph(List<GraphNode> nodes, List<GraphEdge> edges) {
  public ExportGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
