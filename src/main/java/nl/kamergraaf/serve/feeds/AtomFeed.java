package nl.kamergraaf.serve.feeds;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287), written with the JDK's StAX writer, which escapes every text and
 * attribute. Entries are newest first; the feed's {@code updated} is its newest entry's date, so
 * the feed changes only when the data does.
 *
 * <pre>{@code
 * new AtomFeed(feedIri, "NAVO in the papers", selfUrl, pageUrl, entries).write(out);
 * }</pre>
 */
public record AtomFeed(
    String id, String title, String self, String alternate, List<FeedEntry> entries) {
  public static final String MEDIA_TYPE = "application/atom+xml";
  static final String NS = "http://www.w3.org/2005/Atom";

  /**
   * An entry with no dated paper still needs an {@code updated}: the start of the epoch says
   * "unknown".
   */
  static final LocalDate UNDATED = LocalDate.of(1970, 1, 1);

  public AtomFeed {
    entries =
        entries.stream()
            .sorted(
                Comparator.comparing((FeedEntry e) -> e.date() == null ? UNDATED : e.date())
                    .reversed()
                    .thenComparing(FeedEntry::id))
            .toList();
  }

  public void write(OutputStream out) throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("feed");
    xml.writeDefaultNamespace(NS);
    element(xml, "id", id);
    element(xml, "title", title);
    element(xml, "updated", timestamp(entries.isEmpty() ? UNDATED : date(entries.get(0))));
    link(xml, "self", self, MEDIA_TYPE);
    link(xml, "alternate", alternate, "text/html");
    xml.writeStartElement("author");
    element(xml, "name", "kamergraaf");
    xml.writeEndElement();
    element(xml, "generator", "kamergraaf");
    for (FeedEntry e : entries) {
      xml.writeStartElement("entry");
      element(xml, "id", e.id());
      element(xml, "title", e.title());
      element(xml, "updated", timestamp(date(e)));
      if (e.date() != null) {
        element(xml, "published", timestamp(e.date()));
      }
      link(xml, "alternate", e.link(), "text/html");
      if (e.category() != null) {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", e.category());
      }
      if (e.summary() != null && !e.summary().isBlank()) {
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(e.summary());
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.flush();
  }

  private static LocalDate date(FeedEntry e) {
    return e.date() == null ? UNDATED : e.date();
  }

  /** A date as an RFC 3339 timestamp at midnight UTC, as Atom wants. */
  static String timestamp(LocalDate date) {
    return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    if (href == null) {
      return;
    }
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
  }
}
