package nl.kamergraaf.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}. */
final class CytoscapeJsonWriter implements ExportFormat.Writer {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void write(ExportGraph graph, OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode elements = root.putObject("elements");
    ArrayNode nodes = elements.putArray("nodes");
    for (GraphNode n : graph.nodes()) {
      ObjectNode data = nodes.addObject().putObject("data");
      data.put("id", n.iri())
          .put("label", n.label())
          .put("type", n.type())
          .put("documents", n.documents());
      if (n.firstDate() != null) {
        data.put("first_date", n.firstDate().toString());
      }
    }
    ArrayNode edges = elements.putArray("edges");
    for (GraphEdge e : graph.edges()) {
      ObjectNode data = edges.addObject().putObject("data");
      data.put("id", e.id())
          .put("source", e.source())
          .put("target", e.target())
          .put("type", e.type())
          .put("weight", e.weight());
      ArrayNode dates = data.putArray("dates");
      e.dates().stream().map(LocalDate::toString).forEach(dates::add);
    }
    JSON.writerWithDefaultPrettyPrinter()
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, root);
  }
}
