package nl.kamergraaf.serve.feeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.kamergraaf.graph.Vocabularies;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * A feed of a saved SELECT query: each row with an IRI in {@code ?entry} is an entry, titled by
 * {@code ?title}, dated by {@code ?date}, summarised by {@code ?summary} (each optional). The query
 * runs with the feed's timeout, at most {@link FeedQueries#MAX_ENTRIES} rows, and never reaches
 * out: {@code SERVICE} is refused, and so are {@code REGEX} and {@code REPLACE}, whose worst cases
 * the endpoint bounds and a feed does not.
 */
public final class SavedQueryFeed {
  private SavedQueryFeed() {}

  /** The entries of {@code text}; an unusable query is an {@link IllegalArgumentException}. */
  public static List<FeedEntry> entries(
      DatasetGraph dsg, String text, Duration timeout, Function<Node, String> page) {
    Query query;
    try {
      query = QueryFactory.create(Vocabularies.sparqlPrefixes() + text);
    } catch (QueryParseException e) {
      throw new IllegalArgumentException("the query does not parse: " + e.getMessage());
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (!query.isSelectType() || !query.getResultVars().contains("entry")) {
      throw new IllegalArgumentException(
          "a feed query is a SELECT with ?entry (an IRI per entry) "
              + "and optionally ?title, ?date and ?summary");
    }
    if (upper.contains("SERVICE") || upper.contains("REGEX") || upper.contains("REPLACE")) {
      throw new IllegalArgumentException(
          "a feed query may not use SERVICE, REGEX or REPLACE; "
              + "use text:query to search the texts");
    }
    if (!query.hasLimit() || query.getLimit() > FeedQueries.MAX_ENTRIES) {
      query.setLimit(FeedQueries.MAX_ENTRIES);
    }
    List<Binding> rows =
        Txn.calculateRead(
            dsg,
            () -> {
              List<Binding> out = new ArrayList<>();
              try (QueryExec qe =
                  QueryExec.dataset(dsg)
                      .query(query)
                      .set(ARQ.httpServiceAllowed, false)
                      .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                      .build()) {
                qe.select().forEachRemaining(out::add);
              }
              return out;
            });
    Map<Node, FeedEntry> entries = new LinkedHashMap<>();
    for (Binding row : rows) {
      Node entry = row.get(Var.alloc("entry"));
      if (entry == null || !entry.isURI()) {
        continue;
      }
      String title = FeedQueries.text(row, "title");
      entries.putIfAbsent(
          entry,
          new FeedEntry(
              entry.getURI(),
              title == null ? entry.getURI() : title,
              FeedQueries.date(row),
              page.apply(entry),
              FeedQueries.text(row, "summary"),
              null));
    }
    return new ArrayList<>(entries.values());
  }
}
