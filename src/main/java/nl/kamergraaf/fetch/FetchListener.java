package nl.kamergraaf.fetch;

import java.net.URI;
import java.time.Duration;

/** Hears how a fetch goes, paper by paper, as it happens (for progress on the console). */
public interface FetchListener {
  /** A paper's file and metadata were stored. */
  default void downloaded(String file, long bytes, long millis) {}

  /** A paper was already in the folder as the API has it now. */
  default void upToDate(String number) {}

  /** Only a paper's metadata changed: its {@code .json} was written again, the file kept. */
  default void updated(String number) {}

  /** A paper the API deleted was taken out of the folder. */
  default void removed(String number) {}

  /** A paper the API returned was left out because it lies outside the scope asked for. */
  default void outOfScope(String number, String why) {}

  /** Something could not be fetched or used; the message says what and why. The rest goes on. */
  default void failed(String message) {}

  /** A request is tried again after a wait. */
  default void retrying(URI uri, String reason, Duration wait) {}

  /** One of the people tables was fetched. */
  default void peopleTable(String set, int entities, boolean changed) {}

  /** A listener that hears nothing. */
  static FetchListener quiet() {
    return new FetchListener() {};
  }
}
