package nl.kamergraaf.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of {@code kamergraaf fetch}: the papers of the scope, then (if asked) the people tables.
 * Problems with single papers are collected in the summary; the rest goes on.
 *
 * <pre>
 * FetchSummary s = new Fetch(settings, FetchListener.quiet()).run();
 * </pre>
 */
public final class Fetch {
  private final FetchSettings settings;
  private final FetchListener listener;

  public Fetch(FetchSettings settings, FetchListener listener) {
    this.settings = settings;
    this.listener = listener;
  }

  public FetchSummary run() {
    long start = System.nanoTime();
    ApiClient client = new ApiClient(settings, listener);
    PaperFetcher.Tally t = new PaperFetcher(settings, client, listener).run();
    List<String> failed = new ArrayList<>(t.failed);
    Map<String, Integer> people = Map.of();
    if (settings.people()) {
      try {
        people = new PeopleFetcher(settings, client, listener).run();
      } catch (FetchException e) {
        String message = e.getMessage() + " The people tables were not changed.";
        failed.add(message);
        listener.failed(message);
      }
    }
    return new FetchSummary(
        t.listed,
        t.downloaded,
        t.upToDate,
        t.updated,
        t.removed,
        t.outOfScope,
        failed,
        people,
        client.requests(),
        t.bytes,
        (System.nanoTime() - start) / 1_000_000);
  }
}
