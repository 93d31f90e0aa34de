package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import java.util.List;
import java.util.Map;
import nl.kamergraaf.serve.search.Found;
import nl.kamergraaf.serve.search.SearchFilters;
import nl.kamergraaf.serve.search.SearchHit;
import nl.kamergraaf.serve.search.SearchResult;
import nl.kamergraaf.serve.search.SearchWords;
import nl.kamergraaf.serve.search.Snippet;
import nl.kamergraaf.serve.search.TextSearch;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The search page: the form with its filters (fractie, kind of paper, date range, what to find)
 * and the hits, each with its paper, question or answer, date, fractie, a snippet with the
 * matching words marked and a link to the first of them in the document's text.
 */
final class SearchPage {
  private static final String FRACTIES = """
      SELECT ?f ?label WHERE { ?f a kg:Fraction ; skos:prefLabel ?label FILTER(lang(?label) != "en") }
      ORDER BY ?label""";
  private static final String KINDS = """
      SELECT DISTINCT ?k ?label WHERE { ?d kg:kind ?k . ?k skos:prefLabel ?label
        FILTER(lang(?label) != "en") } ORDER BY ?label""";

  private final LinkedDataSite site;

  SearchPage(LinkedDataSite site) {
    this.site = site;
  }

  String render(String typed, SearchFilters filters, SearchWords words, SearchResult result,
      String problem) {
    Html h = PageLayout.start(typed.isBlank() ? "Search" : "Search: " + typed);
    h.element("h1", "Search the papers");
    form(h, typed, filters);
    if (problem != null) {
      h.element("p", problem, "class", "note problem");
    } else if (!words.isEmpty()) {
      h.open("p", "class", "summary", "id", "hits").text(result.total() == 0
          ? "Nothing found for " + String.join(" ", words.parts()) + "."
          : result.total() + (result.total() == 1 ? " hit" : " hits")
              + (result.total() > result.hits().size() ? ", the best " + result.hits().size()
                  + " shown" : "") + ". ");
      h.link(LocalLinks.queryForm(TextSearch.sparql(words, filters)), "This search in SPARQL")
          .close("p");
      h.open("ol", "class", "hits");
      for (SearchHit hit : result.hits()) {
        hit(h, hit);
      }
      h.close("ol");
    }
    return PageLayout.end(h);
  }

  private void form(Html h, String typed, SearchFilters filters) {
    h.open("form", "method", "get", "action", "/search", "class", "search-form", "role", "search");
    h.open("p").open("input", "type", "search", "name", "q", "value", typed, "size", "40",
        "aria-label", "words to search for", "placeholder", "e.g. drones, munitie, \"F-35\"");
    h.raw(" ").element("button", "Search", "type", "submit").close("p");
    h.open("p", "class", "filters");
    select(h, "fractie", "Fractie", site.sparql().select(FRACTIES, Map.of()), filters.fractie());
    select(h, "kind", "Kind of paper", site.sparql().select(KINDS, Map.of()), filters.kind());
    h.open("label").text("From ").open("input", "type", "date", "name", "from", "value",
        filters.from() == null ? null : filters.from().toString()).close("label");
    h.open("label").text("to ").open("input", "type", "date", "name", "to", "value",
        filters.to() == null ? null : filters.to().toString()).close("label");
    for (Found f : Found.values()) {
      boolean on = filters.found().isEmpty() || filters.found().contains(f);
      h.open("label").open("input", "type", "checkbox", "name", "in", "value", f.key(),
          "checked", on ? "checked" : null).text(" " + f.key() + "s").close("label");
    }
    h.close("p").close("form");
  }

  private void select(Html h, String name, String label, List<Binding> options, Node chosen) {
    h.open("label").text(label + " ").open("select", "name", name)
        .element("option", "any", "value", "");
    for (Binding row : options) {
      String key = site.links().idPath(get(row, name.equals("kind") ? "k" : "f").getURI());
      Node value = get(row, name.equals("kind") ? "k" : "f");
      h.element("option", lexical(row, "label"), "value",
          key != null ? key : value.getURI(), "selected", value.equals(chosen) ? "selected" : null);
    }
    h.close("select").close("label");
  }

  private void hit(Html h, SearchHit hit) {
    LocalLinks links = site.links();
    h.open("li", "class", "hit hit-" + hit.found().key());
    h.open("p", "class", "hit-head");
    h.element("span", what(hit), "class", "badge found-" + hit.found().key()).raw(" ");
    PageLayout.term(h, links, hit.document(), hit.title() == null ? null
        : NodeFactory.createLiteralString(hit.title()));
    if (hit.date() != null) {
      h.raw(" ").element("span", Formats.date(hit.date()), "class", "date");
    }
    if (hit.kindLabel() != null) {
      h.raw(" ").element("span", hit.kindLabel(), "class", "kind");
    }
    if (hit.fractie() != null) {
      h.raw(" · ");
      PageLayout.term(h, links, hit.fractie(), hit.fractieLabel() == null ? null
          : NodeFactory.createLiteralString(hit.fractieLabel()));
    }
    h.close("p");
    h.open("p", "class", "snippet");
    for (Snippet.Part part : hit.snippet().parts()) {
      if (part.marked()) {
        h.element("mark", part.text());
      } else {
        h.text(part.text());
      }
    }
    h.close("p");
    h.open("p", "class", "hit-links");
    if (hit.hasSpan()) {
      h.link(links.atHit(hit.document(), hit.start(), hit.end()),
          "in the text [" + hit.start() + "–" + hit.end() + ")", "class", "at hit-link");
      h.raw(" · ");
    }
    if (hit.found() != Found.PAPER) {
      h.link(links.href(hit.item()), "the " + hit.found().key() + " as data");
    }
    h.close("p").close("li");
  }

  private static String what(SearchHit hit) {
    return switch (hit.found()) {
      case PAPER -> "paper";
      case QUESTION -> "question" + (hit.number() == null ? "" : " " + hit.number());
      case ANSWER -> "answer" + (hit.number() == null ? "" : " to question " + hit.number());
    };
  }
}
