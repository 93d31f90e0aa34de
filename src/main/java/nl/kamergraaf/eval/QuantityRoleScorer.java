package nl.kamergraaf.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores what amounts and percentages are tied to: (value, programme) and (value, giver) of each
 * amount from amounts.rq's {@code ?program} and {@code ?subject}, (value, subject) of each
 * percentage from percentages.rq's {@code ?subject}, against the gold's {@code program} and {@code
 * subject} fields. Each distinct pair of a document is one item (an amount restated is one fact);
 * gold items without the field and rows without the column are left out, so a role read where the
 * gold has none is spurious, and a role left unread where the gold has one is missed. Values
 * compare as numbers, names as for relations (gold aliases, every name of the system's entity).
 */
final class QuantityRoleScorer implements Scorer {

  private record Pair(BigDecimal value, Set<String> names, String shown) {
    boolean sameAs(Pair other) {
      return Decimals.same(value, other.value) && !Collections.disjoint(names, other.names);
    }
  }

  @Override
  public void score(GoldDocument gold, DocFacts system, Tally tally) {
    GoldNames goldNames = new GoldNames(gold);
    compare(
        tally,
        Category.AMOUNT_PROGRAMS,
        gold,
        system,
        goldNames,
        goldPairs(gold.amounts(), GoldDocument.Amount::value, GoldDocument.Amount::program),
        system.rows(ContractQuery.AMOUNTS),
        "program");
    compare(
        tally,
        Category.AMOUNT_GIVERS,
        gold,
        system,
        goldNames,
        goldPairs(gold.amounts(), GoldDocument.Amount::value, GoldDocument.Amount::subject),
        system.rows(ContractQuery.AMOUNTS),
        "subject");
    compare(
        tally,
        Category.PERCENTAGE_SUBJECTS,
        gold,
        system,
        goldNames,
        goldPairs(
            gold.percentages(), GoldDocument.Percentage::value, GoldDocument.Percentage::subject),
        system.rows(ContractQuery.PERCENTAGES),
        "subject");
  }

  /** The distinct (value, name) pairs of the gold items that have the field. */
  private static <T> Map<String, String[]> goldPairs(
      List<T> items, Function<T, BigDecimal> value, Function<T, String> name) {
    Map<String, String[]> pairs = new LinkedHashMap<>();
    for (T item : items) {
      String n = name.apply(item);
      BigDecimal v = value.apply(item);
      if (n != null && !n.isBlank() && v != null) {
        pairs.putIfAbsent(
            v.stripTrailingZeros().toPlainString() + "|" + NameFolding.fold(n),
            new String[] {v.toPlainString(), n});
      }
    }
    return pairs;
  }

  private static void compare(
      Tally tally,
      Category category,
      GoldDocument gold,
      DocFacts system,
      GoldNames goldNames,
      Map<String, String[]> goldPairs,
      List<Map<String, String>> rows,
      String column) {
    List<Pair> expected = new ArrayList<>();
    for (String[] g : goldPairs.values()) {
      BigDecimal v = new BigDecimal(g[0]);
      expected.add(new Pair(v, goldNames.namesOf(g[1]), Decimals.show(v) + " -> " + g[1]));
    }
    Map<String, Pair> found = new LinkedHashMap<>();
    for (Map<String, String> row : rows) {
      BigDecimal v = Decimals.parse(row.get("value"));
      String name = row.get(column);
      if (v != null && name != null) {
        found.putIfAbsent(
            v.stripTrailingZeros().toPlainString() + "|" + NameFolding.fold(name),
            new Pair(v, system.namesOf(name), Decimals.show(v) + " -> " + name));
      }
    }
    tally.compare(
        category,
        gold.doc(),
        expected,
        List.copyOf(found.values()),
        Pair::sameAs,
        Pair::shown,
        Pair::shown);
  }
}
