package nl.kamergraaf.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * One section of a page shown a slice at a time ({@code ?name=offset} picks the slice).
 *
 * <p>An entity named in every document has tens of thousands of statements and mentions: listing
 * them all made a page of megabytes that took seconds. A slice asks for one row more than it shows,
 * with no ORDER BY, so the store stops reading after that row; the rows of the slice are then
 * sorted here. Slices follow the store's own order, which is fixed for a served database.
 */
final class Slice {
  /** The largest offset taken from a request: beyond it a page is no longer browsed by hand. */
  static final long MAX_OFFSET = 1_000_000;

  private final String name;
  private final int size;
  private final long offset;
  private boolean more;
  private int shown;

  private Slice(String name, int size, long offset) {
    this.name = name;
    this.size = size;
    this.offset = offset;
  }

  /**
   * The slice of section {@code name} a request asks for: the first one unless it names another.
   */
  static Slice of(Map<String, String[]> parameters, String name, int size) {
    String[] values = parameters.get(name);
    long offset = 0;
    if (values != null && values.length > 0) {
      try {
        offset = Math.min(MAX_OFFSET, Math.max(0, Long.parseLong(values[0].trim())));
      } catch (NumberFormatException e) {
        offset = 0;
      }
    }
    return new Slice(name, size, offset - offset % size);
  }

  /** The slice's rows of {@code query} (no ORDER BY, no LIMIT) for {@code entity}, sorted. */
  List<Binding> fetch(Sparql sparql, String query, Node entity, Comparator<Binding> order) {
    List<Binding> rows =
        sparql.select(query + "\nLIMIT " + (size + 1) + " OFFSET " + offset, "e", entity);
    more = rows.size() > size;
    List<Binding> slice = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
    slice.sort(order);
    shown = slice.size();
    return slice;
  }

  /** How many rows there are, or which of them the slice shows when there are more. */
  String count() {
    if (offset == 0 && !more) {
      return Integer.toString(shown);
    }
    String range = shown == 0 ? "none" : (offset + 1) + "–" + (offset + shown);
    return range + " of " + (more ? "more" : offset + shown);
  }

  /** Links to the slices before and after this one, when there are any. */
  void navigation(Html h, String idPath, String anchor) {
    if (offset == 0 && !more) {
      return;
    }
    h.open("p", "class", "slices");
    if (offset > 0) {
      h.link(href(idPath, Math.max(0, offset - size), anchor), "← previous " + size).raw(" ");
    }
    if (more) {
      h.link(href(idPath, offset + size, anchor), "next " + size + " →");
    }
    h.close("p");
  }

  /** Rows in the order of {@code vars}: numbers by value, everything else by its text. */
  static Comparator<Binding> order(String... vars) {
    return (a, b) -> {
      for (String var : vars) {
        int c = compare(PageLayout.get(a, var), PageLayout.get(b, var));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    };
  }

  private static int compare(Node x, Node y) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    if (x.isLiteral()
        && y.isLiteral()
        && x.getLiteralValue() instanceof Number m
        && y.getLiteralValue() instanceof Number n) {
      return Double.compare(m.doubleValue(), n.doubleValue());
    }
    return text(x).compareTo(text(y));
  }

  private static String text(Node n) {
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  private String href(String idPath, long at, String anchor) {
    return "/page/" + idPath + (at == 0 ? "" : "?" + name + "=" + at) + "#" + anchor;
  }
}
