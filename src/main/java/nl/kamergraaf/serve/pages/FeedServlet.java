package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import nl.kamergraaf.serve.feeds.AtomFeed;
import nl.kamergraaf.serve.feeds.FeedEntry;
import nl.kamergraaf.serve.feeds.FeedQueries;
import nl.kamergraaf.serve.feeds.SavedQueryFeed;
import nl.kamergraaf.serve.search.SearchHit;
import nl.kamergraaf.serve.search.SearchWords;
import nl.kamergraaf.serve.search.Snippet;
import nl.kamergraaf.serve.search.TextSearch;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;

/**
 * Atom feeds: {@code /feed/{type}/{key}} for an entity (papers, questions and relations naming it;
 * for a fractie, its questions and their answers), {@code /feed?search=F-35&in=answer} for a saved
 * search (the parameters of {@code /search}), {@code /feed?query=SELECT ?entry ?title ?date …} for
 * a saved query. Entry ids are the IRIs of what they are about.
 */
final class FeedServlet extends SiteServlet {
  private static final long serialVersionUID = 1L;
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final transient LinkedDataSite site;
  private final transient FeedQueries queries;
  private final transient TextSearch search;

  FeedServlet(LinkedDataSite site) {
    this.site = site;
    this.queries = new FeedQueries(site.sparql().dataset(), TIMEOUT);
    this.search = new TextSearch(site.sparql().dataset(), site.texts()::original, TIMEOUT);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String origin = origin(request);
    String self =
        origin
            + request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    Function<Node, String> page =
        node -> {
          String href = site.links().href(node);
          return href == null ? null : href.startsWith("/") ? origin + href : href;
        };
    AtomFeed feed;
    try {
      String path = rest(request);
      if (!path.isEmpty()) {
        Node entity = NodeFactory.createURI(site.links().iriOfIdPath(path));
        if (!site.descriptions().known(entity)) {
          plain(
              response,
              HttpServletResponse.SC_NOT_FOUND,
              "Not found: no entity " + entity.getURI());
          return;
        }
        boolean fractie = path.startsWith("fractie/");
        List<FeedEntry> entries =
            fractie ? queries.ofFractie(entity, page) : queries.aboutEntity(entity, page);
        feed =
            new AtomFeed(
                site.links().base() + "feed/" + path,
                (fractie ? "Questions of " : "") + label(entity) + " — kamergraaf",
                self,
                origin + "/page/" + path,
                entries);
      } else if (request.getParameter("query") != null) {
        feed =
            new AtomFeed(
                site.links().base() + "feed?query",
                "Saved query — kamergraaf",
                self,
                origin + "/sparql",
                SavedQueryFeed.entries(
                    site.sparql().dataset(), request.getParameter("query"), TIMEOUT, page));
      } else if (request.getParameter("search") != null) {
        feed = searchFeed(request, origin, self);
      } else {
        plain(
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "A feed is /feed/{type}/{key} (an "
                + "entity, e.g. /feed/program/f-35 or /feed/fractie/vvd), /feed?search=WORDS (with the "
                + "filters of /search) or /feed?query=SELECT ?entry ?title ?date ?summary WHERE …");
        return;
      }
    } catch (IllegalArgumentException e) {
      plain(response, HttpServletResponse.SC_BAD_REQUEST, "Bad feed request: " + e.getMessage());
      return;
    } catch (QueryCancelledException e) {
      plain(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "The feed's query took longer " + "than " + TIMEOUT.toSeconds() + " s and was stopped.");
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(AtomFeed.MEDIA_TYPE + "; charset=utf-8");
    securityHeaders(response);
    try {
      feed.write(response.getOutputStream());
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the feed: " + e.getMessage(), e);
    }
  }

  private AtomFeed searchFeed(HttpServletRequest request, String origin, String self) {
    String typed = request.getParameter("search");
    SearchWords words = SearchWords.parse(typed, search.analyzer());
    if (words.isEmpty()) {
      throw new IllegalArgumentException("search= needs words to look for");
    }
    List<FeedEntry> entries = new ArrayList<>();
    for (SearchHit hit :
        search
            .search(words, SearchRequests.filters(request, site.links()), FeedQueries.MAX_ENTRIES)
            .hits()) {
      StringBuilder summary = new StringBuilder();
      for (Snippet.Part part : hit.snippet().parts()) {
        summary.append(part.text());
      }
      String link =
          hit.hasSpan()
              ? origin + site.links().atHit(hit.document(), hit.start(), hit.end())
              : origin + site.links().href(hit.document());
      String what =
          switch (hit.found()) {
            case PAPER -> "";
            case QUESTION -> "Vraag " + hit.number() + " — ";
            case ANSWER -> "Antwoord op vraag " + hit.number() + " — ";
          };
      entries.add(
          new FeedEntry(
              hit.item().getURI(),
              what + (hit.title() == null ? "a paper" : hit.title()),
              hit.date() == null || hit.date().length() < 10
                  ? null
                  : LocalDate.parse(hit.date().substring(0, 10)),
              link,
              summary.toString(),
              hit.found().key()));
    }
    return new AtomFeed(
        site.links().base() + "feed?search=" + LocalLinks.encode(typed),
        "Search: " + typed + " — kamergraaf",
        self,
        origin + "/search?q=" + LocalLinks.encode(typed),
        entries);
  }

  private String label(Node entity) {
    var rows =
        site.sparql()
            .select(
                "SELECT ?l WHERE { ?e skos:prefLabel ?l FILTER(lang(?l) != \"en\") }", "e", entity);
    return rows.isEmpty()
        ? PageLayout.shortName(entity.getURI())
        : PageLayout.lexical(rows.get(0), "l");
  }
}
