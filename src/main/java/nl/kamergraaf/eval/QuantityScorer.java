package nl.kamergraaf.eval;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores amounts as (value, currency) and percentages as (value), each as a set per document: a sum
 * the paper states three times is one fact, found once or not at all, on either side. Values
 * compare as numbers (1.5 = 1.50 = 1.5E0); a system value that is not a number matches nothing.
 */
final class QuantityScorer implements Scorer {

  @Override
  public void score(GoldDocument gold, DocFacts system, Tally tally) {
    List<Map<String, String>> amounts =
        distinct(
            system.rows(ContractQuery.AMOUNTS),
            row -> key(Decimals.parse(row.get("value"))) + " " + upper(row.get("currency")));
    var goldAmounts = distinct(gold.amounts(), g -> key(g.value()) + " " + upper(g.currency()));
    tally.compare(
        Category.AMOUNTS,
        gold.doc(),
        goldAmounts,
        amounts,
        (g, row) ->
            Decimals.same(g.value(), Decimals.parse(row.get("value")))
                && Objects.equals(upper(g.currency()), upper(row.get("currency"))),
        g -> Decimals.show(g.value()) + " " + g.currency() + " (\"" + g.text() + "\")",
        QuantityScorer::showAmount);
    List<Map<String, String>> percentages =
        distinct(
            system.rows(ContractQuery.PERCENTAGES), row -> key(Decimals.parse(row.get("value"))));
    var goldPercentages = distinct(gold.percentages(), g -> key(g.value()));
    tally.compare(
        Category.PERCENTAGES,
        gold.doc(),
        goldPercentages,
        percentages,
        (g, row) -> Decimals.same(g.value(), Decimals.parse(row.get("value"))),
        g -> Decimals.show(g.value()) + "% of " + g.of() + " (\"" + g.text() + "\")",
        QuantityScorer::showPercentage);
  }

  /** The first item of each key, in order. */
  private static <T> List<T> distinct(List<T> items, Function<T, String> key) {
    Map<String, T> first = new LinkedHashMap<>();
    for (T item : items) {
      first.putIfAbsent(key.apply(item), item);
    }
    return List.copyOf(first.values());
  }

  /** A number's key for comparison: 1.5, 1.50 and 1.5E0 are one key; not a number is its own. */
  private static String key(BigDecimal value) {
    return value == null
        ? "NaN" + System.identityHashCode(new Object())
        : value.stripTrailingZeros().toPlainString();
  }

  private static String showAmount(Map<String, String> row) {
    return shownValue(row)
        + " "
        + row.getOrDefault("currency", "(no currency)")
        + context(row, "subject", "program", "period");
  }

  private static String showPercentage(Map<String, String> row) {
    return shownValue(row) + "%" + context(row, "of", "subject", "year");
  }

  /** The value in plain notation when it is a number, else as given. */
  private static String shownValue(Map<String, String> row) {
    BigDecimal value = Decimals.parse(row.get("value"));
    return value != null ? Decimals.show(value) : String.valueOf(row.get("value"));
  }

  /** The bound variables among {@code names}, as " [name=value, …]", to help find the item. */
  private static String context(Map<String, String> row, String... names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      String value = row.get(name);
      if (value != null) {
        out.append(out.length() == 0 ? " [" : ", ").append(name).append('=').append(value);
      }
    }
    return out.length() == 0 ? "" : out.append(']').toString();
  }

  private static String upper(String code) {
    return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
  }
}
