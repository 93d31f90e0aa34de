package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A document's original text with each recognised mention as a link to its entity and an anchor
 * ({@code id="at-START-END"}) at the start of every other fact, so provenance links land in place.
 * Positions in the data count code points; they are turned into string indexes here.
 */
final class MarkedText {
  private static final String SPANS =
      """
      SELECT ?f ?body ?bodyType ?bodyLabel ?start ?end WHERE {
        ?f prov:wasDerivedFrom ?d .
        { ?f kg:start ?start ; kg:end ?end }
        UNION
        { ?f kg:span ?span .
          BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
          BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end) }
        OPTIONAL { ?f oa:hasBody ?body . ?body a ?bodyType .
                   OPTIONAL { ?body skos:prefLabel ?bodyLabel FILTER(lang(?bodyLabel) != "en") } }
      }""";

  private record Mark(int start, int end, Node body, String type, String label) {}

  private static final String HIT = "hit";

  private final LinkedDataSite site;
  private final PageTexts texts;

  MarkedText(LinkedDataSite site, PageTexts texts) {
    this.texts = texts;
    this.site = site;
  }

  /** The text with its marks; {@code hit}, if not null, is marked as a search hit and wins. */
  void render(Html h, Node doc, String original, DocumentHit hit) {
    List<Mark> marks = withHit(marks(site.sparql().select(SPANS, "d", doc)), hit);
    int[] index = charIndexes(original);
    int length = original.codePointCount(0, original.length());
    Set<String> ids = new HashSet<>();
    h.open("p", "class", "legend").text(texts.text("document.marked"));
    for (String type : new LinkedHashSet<>(PageLayout.ENTITY_TYPES.values())) {
      h.element("span", texts.text("type." + type), "class", "badge t-" + type).raw(" ");
    }
    h.close("p");
    h.open("div", "class", "doc-text", "lang", "nl");
    int pos = 0;
    for (Mark m : marks) {
      if (m.start > length || m.end > length || m.start >= m.end) {
        continue;
      }
      String id = LocalLinks.spanId(m.start, m.end);
      boolean inside = m.start < pos; // overlaps a mention already linked
      if (!inside) {
        h.text(original.substring(index[pos], index[m.start]));
        pos = m.start;
      }
      if (HIT.equals(m.type) && !inside) {
        h.element(
            "mark",
            original.substring(index[m.start], index[m.end]),
            "id",
            LocalLinks.HIT_ID,
            "class",
            "hit");
        pos = m.end;
      } else if (m.body != null && !inside && ids.add(id)) {
        h.link(
            site.links().href(m.body),
            original.substring(index[m.start], index[m.end]),
            "id",
            id,
            "class",
            "mention t-" + m.type,
            "title",
            m.label);
        pos = m.end;
      } else if (ids.add(id)) {
        h.open("span", "id", id, "class", "anchor").close("span");
      }
    }
    h.text(original.substring(index[pos]));
    h.close("div");
  }

  /**
   * Adds the search hit as the first mark at its start; mentions overlapping it keep only their
   * anchor, so the hit is never split or hidden inside a link.
   */
  private static List<Mark> withHit(List<Mark> marks, DocumentHit hit) {
    if (hit == null) {
      return marks;
    }
    List<Mark> out = new ArrayList<>();
    for (Mark m : marks) {
      boolean overlaps = m.start < hit.end() && m.end > hit.start();
      out.add(overlaps && m.body != null ? new Mark(m.start, m.end, null, null, null) : m);
    }
    out.add(new Mark((int) hit.start(), (int) hit.end(), null, HIT, null));
    out.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> !HIT.equals(m.type)));
    return out;
  }

  /** One mark per span, mentions before other facts at the same start, longer spans first. */
  private static List<Mark> marks(List<Binding> rows) {
    Map<String, Mark> bySpan = new LinkedHashMap<>();
    for (Binding row : rows) {
      int start = ((Number) get(row, "start").getLiteralValue()).intValue();
      int end = ((Number) get(row, "end").getLiteralValue()).intValue();
      Node body = get(row, "body");
      Node bodyType = get(row, "bodyType");
      String type = bodyType == null ? null : PageLayout.ENTITY_TYPES.get(bodyType.getURI());
      if (body != null && type == null) {
        continue; // a broader class of the same body; its specific type has its own row
      }
      Node label = get(row, "bodyLabel");
      Mark mark =
          new Mark(start, end, body, type, label == null ? null : label.getLiteralLexicalForm());
      String key = start + "-" + end;
      Mark seen = bySpan.get(key);
      if (seen == null || (seen.body == null && body != null) || rank(type) < rank(seen.type)) {
        bySpan.put(key, mark);
      }
    }
    List<Mark> marks = new ArrayList<>(bySpan.values());
    marks.sort(
        Comparator.comparingInt(Mark::start)
            .thenComparing(m -> m.body == null)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed()));
    return marks;
  }

  private static int rank(String type) {
    int i = 0;
    for (String t : PageLayout.ENTITY_TYPES.values()) {
      if (t.equals(type)) {
        return i;
      }
      i++;
    }
    return Integer.MAX_VALUE;
  }

  /** For each code point position (and the end), the index in the string where it starts. */
  private static int[] charIndexes(String text) {
    int n = text.codePointCount(0, text.length());
    int[] index = new int[n + 1];
    int i = 0;
    for (int cp = 0; cp < n; cp++) {
      index[cp] = i;
      i += Character.charCount(text.codePointAt(i));
    }
    index[n] = text.length();
    return index;
  }
}
