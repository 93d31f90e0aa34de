package nl.kamergraaf.graph;

import java.util.List;

/** What a corpus build did: documents built and rejected (with why), quads written, time taken. */
public record BuildSummary(int built, List<String> rejected, long quads, long millis) {
  public BuildSummary {
    rejected = List.copyOf(rejected);
  }

  public boolean clean() {
    return rejected.isEmpty();
  }
}
