package nl.kamergraaf.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What a corpus build did: documents extracted, documents reused unchanged from the last build,
 * documents rejected (with why), quads in the result, time taken, and for a store build the
 * database in service afterwards and whether it was already up to date (nothing loaded).
 */
public record BuildSummary(
    int built,
    int reused,
    List<String> rejected,
    long quads,
    long millis,
    Path database,
    boolean upToDate) {
  public BuildSummary {
    rejected = List.copyOf(rejected);
  }

  /** A build that extracted every document and wrote no store of its own. */
  public BuildSummary(int built, List<String> rejected, long quads, long millis) {
    this(built, 0, rejected, quads, millis, null, false);
  }

  public boolean clean() {
    return rejected.isEmpty();
  }
}
