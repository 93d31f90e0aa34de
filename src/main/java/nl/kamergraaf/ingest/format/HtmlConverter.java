package nl.kamergraaf.ingest.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.SourceMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Converts an HTML page with jsoup: each block element ({@code <p>}, {@code <li>}, headings, table
 * cells, …) and each {@code <br>} ends a paragraph; {@code <b>}, {@code <strong>}, headings and
 * {@code font-weight: bold} are bold; a linked {@code <sup>N</sup>} is a footnote marker and the
 * element it links to starts footnote N (LibreOffice's {@code sdfootnote} markup and the usual
 * {@code href="#note1"} kind). Scripts, styles, forms and embedded objects are dropped unread:
 * nothing is run and nothing is fetched.
 *
 * <p>Paragraphs are counted from 1 in document order, leaving out those without text.
 */
final class HtmlConverter {
  private static final Set<String> DROPPED =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "math",
          "canvas",
          "head",
          "button",
          "select",
          "input",
          "textarea",
          "audio",
          "video");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "td",
          "th",
          "tr",
          "table",
          "caption",
          "blockquote",
          "pre",
          "section",
          "article",
          "aside",
          "header",
          "footer",
          "nav",
          "main",
          "address",
          "figure",
          "figcaption",
          "hr",
          "body",
          "center",
          "form",
          "fieldset",
          "legend");
  private static final Set<String> BOLD =
      Set.of("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th");
  private static final Pattern BOLD_STYLE =
      Pattern.compile("font-weight\\s*:\\s*(bold|bolder|[6-9]00)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile("\\s*(\\d{1,3}|[*†‡])\\s*");

  private HtmlConverter() {}

  static ConvertedText convert(Path file) throws IOException {
    // Charset from a byte order mark or <meta charset>, else UTF-8; parsing fetches nothing.
    Element body = Jsoup.parse(file.toFile(), null).body();
    body.select(String.join(",", DROPPED)).remove();
    // LibreOffice writes a document's running header and footer as these; page furniture.
    body.select("div[title=header], div[title=footer]").remove();
    Map<String, String> targets = noteTargets(body);
    Walker walker = new Walker(targets);
    NodeTraversor.traverse(walker, body);
    return walker.out.finish();
  }

  /** Footnote markers: the ids their links point to, with the marker's label. */
  private static Map<String, String> noteTargets(Element body) {
    Map<String, String> targets = new HashMap<>();
    for (Element sup : body.select("sup")) {
      var m = LABEL.matcher(sup.text());
      Element link = sup.closest("a[href^=#]");
      if (link == null) {
        link = sup.selectFirst("a[href^=#]");
      }
      if (m.matches() && link != null) {
        targets.put(link.attr("href").substring(1), m.group(1));
      }
    }
    return targets;
  }

  /** Walks the tree once, writing paragraphs as it meets text. */
  private static final class Walker implements NodeVisitor {
    private final ConvertedTextWriter out = new ConvertedTextWriter();
    private final Map<String, String> targets;
    private boolean boundary = true;
    private String pendingNote;
    private int paragraph;
    private int offset;

    Walker(Map<String, String> targets) {
      this.targets = targets;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t);
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag) || tag.equals("br")) {
          boundary = true;
        }
        String id = !e.id().isEmpty() ? e.id() : e.attr("name");
        if (!id.isEmpty() && targets.containsKey(id)) {
          pendingNote = targets.get(id);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        boundary = true;
      }
    }

    private void text(TextNode t) {
      String s = t.getWholeText();
      if (s.isBlank()) {
        if (!boundary) {
          out.text(s, false, SourceMap.Unit.PARAGRAPH, Integer.toString(paragraph), offset);
          offset += s.codePointCount(0, s.length());
        }
        return;
      }
      Element parent = t.parentElement();
      String marker = markerLabel(parent);
      if (boundary || pendingNote != null) {
        paragraph++;
        offset = 0;
        if (pendingNote != null) {
          out.footnote(pendingNote);
          boolean labelOnly = LABEL.matcher(s).matches() && s.strip().equals(pendingNote);
          pendingNote = null;
          boundary = false;
          if (labelOnly) {
            offset += s.codePointCount(0, s.length());
            return; // the footnote's own number, already written as <sup>N</sup>
          }
        } else {
          out.paragraph();
        }
        boundary = false;
      }
      if (marker != null) {
        out.marker(marker);
      } else {
        out.text(s, isBold(parent), SourceMap.Unit.PARAGRAPH, Integer.toString(paragraph), offset);
      }
      offset += s.codePointCount(0, s.length());
    }

    /** The label if the text is a footnote marker: a linked {@code <sup>} of a known target. */
    private String markerLabel(Element parent) {
      Element sup = parent == null ? null : parent.closest("sup");
      if (sup == null) {
        return null;
      }
      Element link = sup.closest("a[href^=#]");
      link = link != null ? link : sup.selectFirst("a[href^=#]");
      return link == null ? null : targets.get(link.attr("href").substring(1));
    }

    private static boolean isBold(Element e) {
      for (Element x = e; x != null; x = x.parent()) {
        if (BOLD.contains(x.normalName())
            || BOLD_STYLE.matcher(x.attr("style").toLowerCase(Locale.ROOT)).find()) {
          return true;
        }
        if (x.normalName().equals("body")) {
          return false;
        }
      }
      return false;
    }
  }
}
