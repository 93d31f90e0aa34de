package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import nl.kamergraaf.serve.search.SearchFilters;
import nl.kamergraaf.serve.search.SearchResult;
import nl.kamergraaf.serve.search.SearchWords;
import nl.kamergraaf.serve.search.TextSearch;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code GET /search?q=…&fractie=fractie/vvd&kind=…&from=2025-01-01&to=…&in=question}: full-text
 * search of the papers, questions and answers ({@link SearchPage}). A bad filter value gets {@code
 * 400} in plain text saying what is allowed.
 */
final class SearchServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;

  /** Hits shown on one page. */
  static final int SHOWN = 50;

  /** A search is a query like any other: it must not run longer than the endpoint allows. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final transient LinkedDataSite site;
  private final transient TextSearch search;

  SearchServlet(LinkedDataSite site) {
    this.site = site;
    this.search = new TextSearch(site.sparql().dataset(), site.texts()::original, TIMEOUT);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String typed = request.getParameter("q") == null ? "" : request.getParameter("q");
    SearchFilters filters;
    try {
      filters = SearchRequests.filters(request, site.links());
    } catch (IllegalArgumentException e) {
      plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    SearchWords words = SearchWords.parse(typed, search.analyzer());
    SearchResult result = new SearchResult(List.of(), 0);
    String problem = null;
    try {
      result = search.search(words, filters, SHOWN);
    } catch (QueryCancelledException e) {
      problem =
          "The search took longer than "
              + TIMEOUT.toSeconds()
              + " s and was stopped: "
              + "add words or filters.";
    } catch (RuntimeException e) {
      // No text index (a store built before it existed): say what to do, not a stack trace.
      problem =
          "Search is not available on this store: "
              + e.getMessage()
              + ". Rebuild it with `kamergraaf build --full`.";
    }
    html(
        response,
        new SearchPage(site, PageTexts.of(request)).render(typed, filters, words, result, problem));
  }
}
