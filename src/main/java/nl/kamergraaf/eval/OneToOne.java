package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Pairs gold items with system items so that each item is used at most once and as many pairs as
 * possible are made (maximum bipartite matching by augmenting paths).
 *
 * <p>A greedy first-come pairing could give a system item to a gold item that had another partner,
 * and so report a miss the system did not make; the augmenting search avoids that.
 */
final class OneToOne {

  /** The outcome: pairs made, gold items left over (misses), system items left over. */
  record Matching<G, S>(List<Pair<G, S>> pairs, List<G> missed, List<S> spurious) {}

  /** One gold item and the system item it was paired with. */
  record Pair<G, S>(G gold, S system) {}

  private OneToOne() {}

  static <G, S> Matching<G, S> match(List<G> gold, List<S> system, BiPredicate<G, S> same) {
    boolean[][] edges = new boolean[gold.size()][system.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int s = 0; s < system.size(); s++) {
        edges[g][s] = same.test(gold.get(g), system.get(s));
      }
    }
    int[] partnerOfSystem = new int[system.size()];
    Arrays.fill(partnerOfSystem, -1);
    for (int g = 0; g < gold.size(); g++) {
      augment(g, edges, partnerOfSystem, new boolean[system.size()]);
    }
    boolean[] goldPaired = new boolean[gold.size()];
    List<Pair<G, S>> pairs = new ArrayList<>();
    List<S> spurious = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      int g = partnerOfSystem[s];
      if (g < 0) {
        spurious.add(system.get(s));
      } else {
        goldPaired[g] = true;
        pairs.add(new Pair<>(gold.get(g), system.get(s)));
      }
    }
    List<G> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!goldPaired[g]) {
        missed.add(gold.get(g));
      }
    }
    return new Matching<>(pairs, missed, spurious);
  }

  private static boolean augment(int g, boolean[][] edges, int[] partnerOfSystem, boolean[] seen) {
    for (int s = 0; s < partnerOfSystem.length; s++) {
      if (edges[g][s] && !seen[s]) {
        seen[s] = true;
        if (partnerOfSystem[s] < 0 || augment(partnerOfSystem[s], edges, partnerOfSystem, seen)) {
          partnerOfSystem[s] = g;
          return true;
        }
      }
    }
    return false;
  }
}
