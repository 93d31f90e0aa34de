package nl.kamergraaf.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the {@code *} delimiter runs of one line the way CommonMark does, simplified: a run can
 * open when a non-space follows it and close when a non-space precedes it; a closer takes the
 * nearest opener, two stars each make strong emphasis (bold), one star makes emphasis (italic).
 * Matched stars are cut; unmatched stars stay as literal text. Only strong ranges are reported,
 * because italic in these papers marks English words, not structure.
 */
final class InlineMarkdown {
  private final List<int[]> runs = new ArrayList<>(); // {start, remaining, canOpen, canClose}

  /** Registers a run of {@code length} stars at {@code start}. */
  void run(int start, int length, boolean canOpen, boolean canClose) {
    runs.add(new int[] {start, length, canOpen ? 1 : 0, canClose ? 1 : 0});
  }

  boolean isEmpty() {
    return runs.isEmpty();
  }

  /** Cuts matched stars into {@code cuts}; returns the strong ranges in original coordinates. */
  List<int[]> resolve(Removals cuts) {
    List<int[]> strong = new ArrayList<>();
    List<int[]> openers = new ArrayList<>();
    for (int[] run : runs) {
      if (run[3] == 1) {
        close(run, openers, cuts, strong);
      }
      if (run[1] > 0 && run[2] == 1) {
        openers.add(run);
      }
    }
    return strong;
  }

  private static void close(int[] closer, List<int[]> openers, Removals cuts, List<int[]> out) {
    while (closer[1] > 0 && !openers.isEmpty()) {
      int top = openers.size() - 1;
      int[] opener = openers.get(top);
      int use = closer[1] >= 2 && opener[1] >= 2 ? 2 : 1;
      // The opener gives up the stars next to the content (its end), the closer its first ones.
      int contentStart = opener[0] + opener[1];
      int contentEnd = closer[0];
      cuts.add(contentStart - use, contentStart);
      cuts.add(contentEnd, contentEnd + use);
      if (use == 2) {
        out.add(new int[] {contentStart, contentEnd});
      }
      opener[1] -= use;
      closer[0] += use;
      closer[1] -= use;
      if (opener[1] == 0) {
        openers.remove(top);
      }
    }
  }
}
