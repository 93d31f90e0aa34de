package nl.kamergraaf.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;

/**
 * Turns the dataset's IRIs into links on the server being browsed, and request paths back into
 * IRIs, so a local deployment can be clicked through although the IRIs name another host.
 *
 * <pre>
 * {base}id/country/nl       ⇄  /id/country/nl  (303 to /page/country/nl or /data/country/nl.ttl)
 * {base}graph/001_bba4…     →  /page/doc/001_bba4…
 * {base}def#Country         →  /def#Country
 * </pre>
 */
final class LocalLinks {
  private final String base;

  LocalLinks(String base) {
    this.base = base;
  }

  String base() {
    return base;
  }

  /** The IRI that {@code /id/{path}} names. */
  String iriOfIdPath(String path) {
    return base + "id/" + path;
  }

  /** The part of an entity or document IRI after {@code {base}id/}, or null for other IRIs. */
  String idPath(String iri) {
    String prefix = base + "id/";
    if (iri.startsWith(prefix) && iri.length() > prefix.length() && iri.indexOf('#') < 0) {
      return iri.substring(prefix.length());
    }
    return null;
  }

  /** The HTML page of an IRI on this server, or an outside http(s) IRI itself; null if neither. */
  String href(Node node) {
    if (node == null || !node.isURI()) {
      return null;
    }
    return href(node.getURI());
  }

  String href(String iri) {
    String prefix = base + "id/";
    if (iri.startsWith(prefix)) {
      String rest = iri.substring(prefix.length());
      int hash = rest.indexOf('#');
      return hash < 0 ? "/page/" + rest : "/page/" + rest.substring(0, hash);
    }
    if (iri.startsWith(base + "graph/")) {
      String doc = iri.substring((base + "graph/").length());
      return doc.equals("ontology") ? "/def" : "/page/doc/" + doc;
    }
    if (iri.startsWith(base + "def#")) {
      return "/def#" + iri.substring((base + "def#").length());
    }
    // Only web links leave the site: never javascript: or data: IRIs from the data.
    if (iri.startsWith("http://") || iri.startsWith("https://")) {
      return iri;
    }
    return null;
  }

  /** The link into a document page at a span, e.g. {@code /page/doc/001#at-120-124}. */
  String atSpan(Node document, long start, long end) {
    String page = href(document);
    return page == null ? null : page + "#" + spanId(start, end);
  }

  /**
   * The link to a search hit in a document page: the page marks the span and scrolls to it, e.g.
   * {@code /page/doc/001?hit=120-126#hit}.
   */
  String atHit(Node document, long start, long end) {
    String page = href(document);
    return page == null ? null : page + "?hit=" + start + "-" + end + "#" + HIT_ID;
  }

  /** The id of the marked search hit on a document page. */
  static final String HIT_ID = "hit";

  static String spanId(long start, long end) {
    return "at-" + start + "-" + end;
  }

  /** A link to the query form with a ready query. */
  static String queryForm(String query) {
    return "/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
