package nl.kamergraaf.fetch;

import java.util.List;
import java.util.Map;

/**
 * What one fetch did.
 *
 * @param listed papers the API listed (in scope or not)
 * @param downloaded papers whose file was downloaded in this run
 * @param upToDate papers already in the folder as the API has them
 * @param updated papers whose metadata alone changed
 * @param removed papers taken out because the API deleted them
 * @param outOfScope papers the API returned outside the scope asked for, left out
 * @param failed what could not be fetched, one message each
 * @param people entities per people table fetched (empty without {@code --people})
 * @param requests HTTP requests sent, retries included
 * @param bytes bytes of paper files downloaded
 * @param millis how long it took
 */
public record FetchSummary(
    int listed,
    int downloaded,
    int upToDate,
    int updated,
    int removed,
    int outOfScope,
    List<String> failed,
    Map<String, Integer> people,
    int requests,
    long bytes,
    long millis) {

  public FetchSummary {
    failed = List.copyOf(failed);
    people = Map.copyOf(people);
  }

  /** Whether everything in scope could be fetched. */
  public boolean clean() {
    return failed.isEmpty();
  }
}
