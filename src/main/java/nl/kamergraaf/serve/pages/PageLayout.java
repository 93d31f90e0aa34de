package nl.kamergraaf.serve.pages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.model.EntityType;
import nl.kamergraaf.graph.KG;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** The frame every page shares (head, navigation, footer) and the ways cells show RDF terms. */
final class PageLayout {
  /**
   * Entity classes by their ontology IRI, most specific first, named as in IRIs and exports ({@code
   * ontology/entity-types.tsv}).
   */
  static final Map<String, String> ENTITY_TYPES =
      Collections.unmodifiableMap(
          EntityType.values().stream()
              .collect(
                  Collectors.toMap(
                      t -> KG.classOf(t).getURI(),
                      EntityType::pathSegment,
                      (a, b) -> a,
                      LinkedHashMap::new)));

  private PageLayout() {}

  static Html start(String title) {
    return start(title, null, null);
  }

  /**
   * The top of a page. {@code stylesheetId}: an id for the style sheet link, for scripts that look
   * for their style by id; {@code idPath}: the resource the page is about, whose data forms the
   * head then names as alternates. Either may be null.
   */
  static Html start(String title, String stylesheetId, String idPath) {
    return start(title, stylesheetId, idPath, null);
  }

  /** Like {@link #start(String, String, String)}, with another style sheet before the site's. */
  static Html start(String title, String stylesheetId, String idPath, String extraStylesheet) {
    return start(PageTexts.DEFAULT, title, stylesheetId, idPath, extraStylesheet);
  }

  /** The top of a page in the language of {@code texts}. */
  static Html start(
      PageTexts texts, String title, String stylesheetId, String idPath, String extraStylesheet) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n")
        .open("html", "lang", texts.lang())
        .open("head")
        .raw("<meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .element("title", title + " — kamergraaf");
    if (extraStylesheet != null) {
      h.open("link", "rel", "stylesheet", "href", extraStylesheet);
    }
    h.open("link", "rel", "stylesheet", "href", "/static/kamergraaf.css", "id", stylesheetId);
    if (idPath != null && !idPath.startsWith("doc/") && idPath.indexOf('/') > 0) {
      h.open("link", "rel", "alternate", "type", "application/atom+xml", "href", "/feed/" + idPath);
    }
    if (idPath != null) {
      for (DataFormat f : DataFormat.values()) {
        h.open(
            "link",
            "rel",
            "alternate",
            "type",
            f.mediaType,
            "href",
            "/data/" + idPath + "." + f.extension);
      }
    }
    h.close("head").open("body");
    h.open("header")
        .open("nav")
        .link("/", "kamergraaf", "class", "home")
        .link("/graph", texts.text("nav.graph"))
        .link("/sparql", texts.text("nav.sparql"))
        .link("/.well-known/void", texts.text("nav.void"))
        .link("/dumps/kamergraaf.trig", texts.text("nav.dump"))
        .open("form", "method", "get", "action", "/search", "class", "nav-search", "role", "search")
        .open(
            "input",
            "type",
            "search",
            "name",
            "q",
            "aria-label",
            texts.text("nav.search.hint"),
            "placeholder",
            texts.text("nav.search.hint"))
        .element("button", texts.text("nav.search.button"), "type", "submit")
        .close("form")
        .close("nav")
        .close("header")
        .open("main");
    return h;
  }

  static String end(Html h) {
    return end(PageTexts.DEFAULT, h);
  }

  static String end(PageTexts texts, Html h) {
    h.close("main")
        .open("footer")
        .text(texts.text("footer"))
        .close("footer")
        .close("body")
        .close("html");
    return h.toString();
  }

  /** A term in a table cell: a link with its label for IRIs, the lexical form for literals. */
  static void term(Html h, LocalLinks links, Node node, Node label) {
    if (node == null) {
      h.text("");
    } else if (node.isURI()) {
      String text = label != null ? label.getLiteralLexicalForm() : shortName(node.getURI());
      String href = links.href(node);
      if (href == null) {
        h.text(text);
      } else {
        h.link(href, text, "title", node.getURI());
      }
    } else if (node.isLiteral()) {
      h.text(node.getLiteralLexicalForm());
    } else {
      h.text("_:" + node.getBlankNodeLabel());
    }
  }

  /** The last segment of an IRI: after '#', else after the last '/'. */
  static String shortName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }

  static Node get(Binding row, String var) {
    return row.get(Var.alloc(var));
  }

  static String lexical(Binding row, String var) {
    Node n = get(row, var);
    return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  /** The quote of a fact with a link to it in its document, as one cell. */
  static void provenance(Html h, LocalLinks links, Binding row) {
    provenance(PageTexts.DEFAULT, h, links, row);
  }

  /** Like {@link #provenance(Html, LocalLinks, Binding)}, in the language of {@code texts}. */
  static void provenance(PageTexts texts, Html h, LocalLinks links, Binding row) {
    Node doc = get(row, "doc");
    Node start = get(row, "start");
    Node end = get(row, "end");
    h.open("q").text(lexical(row, "exact")).close("q");
    if (doc != null && start != null && end != null) {
      long s = ((Number) start.getLiteralValue()).longValue();
      long e = ((Number) end.getLiteralValue()).longValue();
      h.raw(" ").link(links.atSpan(doc, s, e), texts.text("span.inContext", s, e), "class", "at");
    }
  }

  /** Links to the data document of an {@code id/} path in every form. */
  static void machineForms(Html h, String idPath) {
    machineForms(PageTexts.DEFAULT, h, idPath);
  }

  static void machineForms(PageTexts texts, Html h, String idPath) {
    h.open("p", "class", "forms").text(texts.text("forms.intro"));
    for (DataFormat f : DataFormat.values()) {
      h.link(
          "/data/" + idPath + "." + f.extension,
          f.name().toLowerCase(Locale.ROOT),
          "type",
          f.mediaType);
      h.raw(" ");
    }
    h.close("p");
  }
}
