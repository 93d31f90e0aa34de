package nl.kamergraaf.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Adds up counts and findings while documents are scored; becomes a {@link Report} at the end. */
final class Tally {
  private final Map<Category, Counts> counts = new EnumMap<>(Category.class);
  private final List<Finding> findings = new ArrayList<>();

  /**
   * Pairs {@code gold} with {@code system} one to one and counts the pairs as true positives, the
   * gold left over as missed and the system items left over as spurious.
   */
  <G, S> void compare(
      Category category,
      String doc,
      List<G> gold,
      List<S> system,
      BiPredicate<G, S> same,
      Function<G, String> showGold,
      Function<S, String> showSystem) {
    OneToOne.Matching<G, S> matching = OneToOne.match(gold, system, same);
    add(category, new Counts(matching.pairs().size(), 0, 0));
    matching.missed().forEach(g -> missed(category, doc, showGold.apply(g)));
    matching.spurious().forEach(s -> spurious(category, doc, showSystem.apply(s)));
  }

  void correct(Category category) {
    add(category, new Counts(1, 0, 0));
  }

  void missed(Category category, String doc, String item) {
    add(category, new Counts(0, 0, 1));
    findings.add(new Finding(category, doc, Finding.Kind.MISSED, item));
  }

  void spurious(Category category, String doc, String item) {
    add(category, new Counts(0, 1, 0));
    findings.add(new Finding(category, doc, Finding.Kind.SPURIOUS, item));
  }

  Report toReport(List<String> evaluated, List<String> skipped) {
    Map<Category, Counts> all = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      all.put(category, counts.getOrDefault(category, Counts.ZERO));
    }
    return new Report(evaluated, skipped, all, findings);
  }

  private void add(Category category, Counts more) {
    counts.merge(category, more, Counts::plus);
  }
}
