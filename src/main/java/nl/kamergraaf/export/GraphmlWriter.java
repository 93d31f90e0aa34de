package nl.kamergraaf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** GraphML: node label, type, documents, first date and dates; edge type, weight and dates. */
final class GraphmlWriter implements ExportFormat.Writer {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";

  @Override
  public void write(ExportGraph graph, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XmlOut.open(out);
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NS);
      key(xml, "label", "node", "label", "string");
      key(xml, "type", "node", "type", "string");
      key(xml, "documents", "node", "documents", "int");
      key(xml, "first", "node", "first_date", "string");
      key(xml, "ndates", "node", "dates", "string");
      key(xml, "etype", "edge", "type", "string");
      key(xml, "weight", "edge", "weight", "int");
      key(xml, "edates", "edge", "dates", "string");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "kamergraaf");
      xml.writeAttribute("edgedefault", "directed");
      for (GraphNode n : graph.nodes()) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", n.iri());
        data(xml, "label", n.label());
        data(xml, "type", n.type());
        data(xml, "documents", n.documents());
        data(xml, "first", n.firstDate());
        // Every dated paper the entity is in, as the edges have them (space-separated ISO dates).
        data(
            xml,
            "ndates",
            n.dates().stream().map(LocalDate::toString).collect(Collectors.joining(" ")));
        xml.writeEndElement();
      }
      for (GraphEdge e : graph.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", e.id());
        xml.writeAttribute("source", e.source());
        xml.writeAttribute("target", e.target());
        data(xml, "etype", e.type());
        data(xml, "weight", e.weight());
        data(
            xml,
            "edates",
            e.dates().stream().map(LocalDate::toString).collect(Collectors.joining(" ")));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void key(XMLStreamWriter xml, String id, String scope, String name, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", scope);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, Object value)
      throws XMLStreamException {
    if (value == null || value.toString().isEmpty()) {
      return;
    }
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value.toString());
    xml.writeEndElement();
  }
}
