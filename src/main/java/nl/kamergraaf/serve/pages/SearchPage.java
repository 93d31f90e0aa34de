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
 * The search page: the form with its filters (fractie, kind of paper, date range, what to find) and
 * the hits, each with its paper, question or answer, date, fractie, a snippet with the matching
 * words marked and a link to the first of them in the document's text.
 */
final class SearchPage {
  private static final String FRACTIES =
      """
      SELECT ?f ?label WHERE { ?f a kg:Fraction ; skos:prefLabel ?label FILTER(lang(?label) != "en") }
      ORDER BY ?label""";
  private static final String KINDS =
      """
      SELECT DISTINCT ?k ?label WHERE { ?d kg:kind ?k . ?k skos:prefLabel ?label
        FILTER(lang(?label) != "en") } ORDER BY ?label""";

  private final LinkedDataSite site;
  private final PageTexts texts;

  SearchPage(LinkedDataSite site, PageTexts texts) {
    this.site = site;
    this.texts = texts;
  }

  String render(
      String typed, SearchFilters filters, SearchWords words, SearchResult result, String problem) {
    Html h =
        PageLayout.start(
            texts,
            typed.isBlank() ? texts.text("search.title") : texts.text("search.titleFor", typed),
            null,
            null,
            null);
    h.element("h1", texts.text("search.heading"));
    form(h, typed, filters);
    new EntityMatches(site, texts).render(h, typed);
    if (problem != null) {
      h.element("p", problem, "class", "note problem");
    } else if (!words.isEmpty()) {
      h.open("p", "class", "summary", "id", "hits")
          .text(
              result.total() == 0
                  ? texts.text("search.nothing", String.join(" ", words.parts()))
                  : texts.text(result.total() == 1 ? "search.hit" : "search.hits", result.total())
                      + (result.total() > result.hits().size()
                          ? texts.text("search.best", result.hits().size())
                          : "")
                      + ". ");
      h.link(LocalLinks.queryForm(TextSearch.sparql(words, filters)), texts.text("search.inSparql"))
          .close("p");
      h.open("ol", "class", "hits");
      for (SearchHit hit : result.hits()) {
        hit(h, hit);
      }
      h.close("ol");
    }
    return PageLayout.end(texts, h);
  }

  private void form(Html h, String typed, SearchFilters filters) {
    h.open("form", "method", "get", "action", "/search", "class", "search-form", "role", "search");
    h.open("p")
        .open(
            "input",
            "type",
            "search",
            "name",
            "q",
            "value",
            typed,
            "size",
            "40",
            "aria-label",
            texts.text("search.hint"),
            "placeholder",
            texts.text("search.placeholder"));
    h.raw(" ").element("button", texts.text("nav.search.button"), "type", "submit").close("p");
    h.open("p", "class", "filters");
    select(
        h,
        "fractie",
        texts.text("search.fractie"),
        site.sparql().select(FRACTIES, Map.of()),
        filters.fractie());
    select(
        h,
        "kind",
        texts.text("search.kind"),
        site.sparql().select(KINDS, Map.of()),
        filters.kind());
    h.open("label")
        .text(texts.text("search.from"))
        .open(
            "input",
            "type",
            "date",
            "name",
            "from",
            "value",
            filters.from() == null ? null : filters.from().toString())
        .close("label");
    h.open("label")
        .text(texts.text("search.to"))
        .open(
            "input",
            "type",
            "date",
            "name",
            "to",
            "value",
            filters.to() == null ? null : filters.to().toString())
        .close("label");
    for (Found f : Found.values()) {
      boolean on = filters.found().isEmpty() || filters.found().contains(f);
      h.open("label")
          .open(
              "input",
              "type",
              "checkbox",
              "name",
              "in",
              "value",
              f.key(),
              "checked",
              on ? "checked" : null)
          .text(" " + texts.text("search.in." + f.key()))
          .close("label");
    }
    h.close("p").close("form");
  }

  private void select(Html h, String name, String label, List<Binding> options, Node chosen) {
    h.open("label")
        .text(label + " ")
        .open("select", "name", name)
        .element("option", texts.text("search.any"), "value", "");
    for (Binding row : options) {
      String key = site.links().idPath(get(row, name.equals("kind") ? "k" : "f").getURI());
      Node value = get(row, name.equals("kind") ? "k" : "f");
      h.element(
          "option",
          lexical(row, "label"),
          "value",
          key != null ? key : value.getURI(),
          "selected",
          value.equals(chosen) ? "selected" : null);
    }
    h.close("select").close("label");
  }

  private void hit(Html h, SearchHit hit) {
    LocalLinks links = site.links();
    h.open("li", "class", "hit hit-" + hit.found().key());
    h.open("p", "class", "hit-head");
    h.element("span", what(hit), "class", "badge found-" + hit.found().key()).raw(" ");
    PageLayout.term(
        h,
        links,
        hit.document(),
        hit.title() == null ? null : NodeFactory.createLiteralString(hit.title()));
    if (hit.date() != null) {
      h.raw(" ").element("span", Formats.date(hit.date()), "class", "date");
    }
    if (hit.kindLabel() != null) {
      h.raw(" ").element("span", hit.kindLabel(), "class", "kind");
    }
    if (hit.fractie() != null) {
      h.raw(" · ");
      PageLayout.term(
          h,
          links,
          hit.fractie(),
          hit.fractieLabel() == null ? null : NodeFactory.createLiteralString(hit.fractieLabel()));
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
      h.link(
          links.atHit(hit.document(), hit.start(), hit.end()),
          texts.text("search.inText", hit.start(), hit.end()),
          "class",
          "at hit-link");
      h.raw(" · ");
    }
    if (hit.found() != Found.PAPER) {
      h.link(links.href(hit.item()), texts.text("search.asData." + hit.found().key()));
    }
    h.close("p").close("li");
  }

  private String what(SearchHit hit) {
    return switch (hit.found()) {
      case PAPER -> texts.text("search.found.paper");
      case QUESTION ->
          hit.number() == null
              ? texts.text("search.found.question")
              : texts.text("search.found.questionNumber", hit.number());
      case ANSWER ->
          hit.number() == null
              ? texts.text("search.found.answer")
              : texts.text("search.found.answerTo", hit.number());
    };
  }
}
