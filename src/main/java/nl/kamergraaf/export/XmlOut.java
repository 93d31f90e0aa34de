package nl.kamergraaf.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An XML writer for the exports: the JDK's StAX writer, which escapes every text and attribute. */
final class XmlOut {
  private XmlOut() {}

  static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    return xml;
  }

  static void attribute(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, value.toString());
    }
  }
}
