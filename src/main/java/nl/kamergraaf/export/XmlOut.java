package nl.kamergraaf.export;

import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.kamergraaf.ingest.XmlText;

/**
 * An XML writer for the exports: the JDK's StAX writer, which escapes every text and attribute, and
 * here also replaces the characters XML cannot hold ({@link XmlText}), which it writes as they are:
 * one U+FFFF in a label made the whole GEXF unreadable.
 */
final class XmlOut {
  private XmlOut() {}

  static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
    XMLStreamWriter xml = safe(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    return xml;
  }

  static void attribute(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
    if (value != null) {
      xml.writeAttribute(name, value.toString());
    }
  }

  /**
   * {@code xml} with every text and attribute value made fit for XML on its way in: the text
   * argument of {@code writeCharacters}, {@code writeCData} and {@code writeComment}, and the value
   * (the last argument) of every {@code writeAttribute}. The JDK has no delegating writer to
   * extend, and a proxy covers every method, so no call can slip past.
   */
  private static XMLStreamWriter safe(XMLStreamWriter xml) {
    InvocationHandler cleaning =
        (proxy, method, args) -> {
          if (args != null && TEXT_METHODS.contains(method.getName())) {
            args = args.clone();
            if (args[0] instanceof char[] chars) {
              args = new Object[] {XmlText.clean(new String(chars, (int) args[1], (int) args[2]))};
              method = XMLStreamWriter.class.getMethod(method.getName(), String.class);
            } else if (args[args.length - 1] instanceof String value) {
              args[args.length - 1] = XmlText.clean(value);
            }
          }
          try {
            return method.invoke(xml, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (XMLStreamWriter)
        Proxy.newProxyInstance(
            XmlOut.class.getClassLoader(), new Class<?>[] {XMLStreamWriter.class}, cleaning);
  }

  private static final Set<String> TEXT_METHODS =
      Set.of("writeCharacters", "writeAttribute", "writeCData", "writeComment");
}
