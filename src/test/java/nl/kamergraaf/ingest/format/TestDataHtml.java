package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.Footnote;
import nl.kamergraaf.ingest.Span;

/**
 * Writes a bundled plain-text document as HTML that LibreOffice turns into .docx and .pdf (see
 * {@code src/test/resources/formats/make-test-data.sh}): one {@code <p>} per line of the normalised
 * text, {@code <b>} for its emphasised ranges, and real footnotes in the markup LibreOffice's HTML
 * import reads as footnotes ({@code sdfootnote} anchors).
 *
 * <pre>
 * java ... nl.kamergraaf.ingest.format.TestDataHtml data/corpus/001_….txt out/001_….html
 * </pre>
 */
public final class TestDataHtml {
  private TestDataHtml() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TestDataHtml INPUT.txt OUTPUT.html");
      System.exit(2);
    }
    Document doc = new DocumentReader().read(Path.of(args[0]));
    Files.writeString(Path.of(args[1]), html(doc), StandardCharsets.UTF_8);
  }

  /** The document as an HTML page. */
  static String html(Document doc) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(doc.source()))
        .append("</title>")
        // Space between paragraphs, as printed papers have; the PDF reader relies on layout.
        .append("<style>p { margin-top: 0; margin-bottom: 0.25cm }</style></head>\n<body>\n")
        // A running header and a page counter in the footer, in LibreOffice's HTML markup:
        // page furniture the PDF reader must remove.
        .append("<div title=\"header\"><p>Kamergraaf testdocument ")
        .append(escape(doc.source().replaceFirst("_.*", "")))
        .append("</p></div>\n")
        .append("<div title=\"footer\"><p>Pagina <sdfield type=PAGE subtype=RANDOM format=PAGE>1")
        .append(
            "</sdfield> van <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>\n");
    String text = doc.text();
    int end = doc.runningTextEnd();
    int lineStart = 0;
    while (lineStart < end) {
      int lineEnd = text.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
      if (lineEnd > lineStart) {
        out.append("<p>");
        line(doc, lineStart, lineEnd, out);
        out.append("</p>\n");
      }
      lineStart = lineEnd + 1;
    }
    int n = 0;
    for (Footnote f : doc.footnotes()) {
      n++;
      out.append("<div id=\"sdfootnote")
          .append(n)
          .append("\"><p class=\"sdfootnote\">")
          .append("<a class=\"sdfootnotesym\" name=\"sdfootnote")
          .append(n)
          .append("sym\" href=\"#sdfootnote")
          .append(n)
          .append("anc\">")
          .append(n)
          .append("</a>")
          .append(escape(f.body().of(text)))
          .append("</p></div>\n");
    }
    return out.append("</body></html>\n").toString();
  }

  /** One line with its bold ranges and footnote anchors. */
  private static void line(Document doc, int start, int end, StringBuilder out) {
    String text = doc.text();
    List<int[]> events = new ArrayList<>(); // {position, kind: 0 close bold, 1 note, 2 open bold}
    for (Span e : doc.emphasis()) {
      int s = Math.max(e.start(), start);
      int t = Math.min(e.end(), end);
      if (s < t) {
        events.add(new int[] {s, 2, 0});
        events.add(new int[] {t, 0, 0});
      }
    }
    int n = 0;
    for (Footnote f : doc.footnotes()) {
      n++;
      int at = f.marker().start();
      if (at >= start && at <= end) {
        events.add(new int[] {at, 1, n});
      }
    }
    events.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    int pos = start;
    for (int[] ev : events) {
      out.append(escape(text.substring(pos, ev[0])));
      pos = ev[0];
      switch (ev[1]) {
        case 0 -> out.append("</b>");
        case 2 -> out.append("<b>");
        default ->
            out.append("<a class=\"sdfootnoteanc\" name=\"sdfootnote")
                .append(ev[2])
                .append("anc\" href=\"#sdfootnote")
                .append(ev[2])
                .append("sym\"><sup>")
                .append(ev[2])
                .append("</sup></a>");
      }
    }
    out.append(escape(text.substring(pos, end)));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
