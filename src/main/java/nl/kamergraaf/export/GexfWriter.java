package nl.kamergraaf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.kamergraaf.extract.model.EntityType;

/**
 * GEXF 1.2 for Gephi: a dynamic graph whose time is the documents' dates. A node starts at the
 * first document it is in and an edge at the first statement supporting it; each document date is a
 * spell, so Gephi's timeline shows when things were said. Node type and edge type are attributes,
 * and the edge label is its type; weight counts supporting statements; nodes are coloured by type
 * as on the pages.
 */
final class GexfWriter implements ExportFormat.Writer {
  static final String NS = "http://www.gexf.net/1.2draft";
  static final String VIZ = "http://www.gexf.net/1.2draft/viz";

  /**
   * Node colours by type, the pages' palette (ontology/entity-types.tsv), so Gephi opens with them.
   */
  private static final Map<String, int[]> COLOURS =
      EntityType.values().stream()
          .collect(Collectors.toUnmodifiableMap(EntityType::pathSegment, t -> rgb(t.colour())));

  @Override
  public void write(ExportGraph graph, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XmlOut.open(out);
      xml.writeStartElement("gexf");
      xml.writeDefaultNamespace(NS);
      xml.writeNamespace("viz", VIZ);
      xml.writeAttribute("version", "1.2");
      xml.writeStartElement("meta");
      xml.writeStartElement("creator");
      xml.writeCharacters("kamergraaf");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement("graph");
      xml.writeAttribute("defaultedgetype", "directed");
      xml.writeAttribute("mode", "dynamic");
      xml.writeAttribute("timeformat", "date");
      attributes(xml, "node", "type", "documents:integer");
      attributes(xml, "edge", "type");
      xml.writeStartElement("nodes");
      for (GraphNode n : graph.nodes()) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", n.iri());
        xml.writeAttribute("label", n.label());
        XmlOut.attribute(xml, "start", n.firstDate());
        values(xml, n.type(), Integer.toString(n.documents()));
        spells(xml, n.dates());
        int[] rgb = COLOURS.get(n.type());
        if (rgb != null) {
          xml.writeEmptyElement("viz", "color", VIZ);
          xml.writeAttribute("r", Integer.toString(rgb[0]));
          xml.writeAttribute("g", Integer.toString(rgb[1]));
          xml.writeAttribute("b", Integer.toString(rgb[2]));
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeStartElement("edges");
      for (GraphEdge e : graph.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", e.id());
        xml.writeAttribute("source", e.source());
        xml.writeAttribute("target", e.target());
        xml.writeAttribute("label", e.type());
        xml.writeAttribute("weight", Integer.toString(e.weight()));
        XmlOut.attribute(xml, "start", e.firstDate());
        values(xml, e.type());
        spells(xml, e.dates());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Declares attributes 0, 1, …; "name:type" for a type other than string. */
  private static void attributes(XMLStreamWriter xml, String scope, String... names)
      throws XMLStreamException {
    xml.writeStartElement("attributes");
    xml.writeAttribute("class", scope);
    xml.writeAttribute("mode", "static");
    for (int i = 0; i < names.length; i++) {
      String[] nameType = names[i].split(":");
      xml.writeEmptyElement("attribute");
      xml.writeAttribute("id", Integer.toString(i));
      xml.writeAttribute("title", nameType[0]);
      xml.writeAttribute("type", nameType.length > 1 ? nameType[1] : "string");
    }
    xml.writeEndElement();
  }

  private static void values(XMLStreamWriter xml, String... values) throws XMLStreamException {
    xml.writeStartElement("attvalues");
    for (int i = 0; i < values.length; i++) {
      xml.writeEmptyElement("attvalue");
      xml.writeAttribute("for", Integer.toString(i));
      xml.writeAttribute("value", values[i]);
    }
    xml.writeEndElement();
  }

  private static void spells(XMLStreamWriter xml, SortedSet<LocalDate> dates)
      throws XMLStreamException {
    if (dates.isEmpty()) {
      return;
    }
    xml.writeStartElement("spells");
    for (LocalDate d : dates) {
      xml.writeEmptyElement("spell");
      xml.writeAttribute("start", d.toString());
      xml.writeAttribute("end", d.toString());
    }
    xml.writeEndElement();
  }

  /** {@code #7b3fa0} as {123, 63, 160}. */
  private static int[] rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
  }
}
