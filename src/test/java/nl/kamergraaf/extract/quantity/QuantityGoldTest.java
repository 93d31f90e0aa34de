package nl.kamergraaf.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.kamergraaf.extract.model.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall and precision of the finder against the hand annotations of documents 002 and 004 (copies
 * in {@code gold-quantities/}): amounts compared as (value, currency), percentages as value, each a
 * multiset as the project's evaluation does.
 */
class QuantityGoldTest {
  private static QuantityFinder finder;

  @BeforeAll
  static void load() {
    finder = QuantityFinder.load();
  }

  /** A value and, for money, its currency: what the evaluation compares. */
  record Key(BigDecimal value, String currency) {
    boolean same(Key other) {
      return value.compareTo(other.value) == 0 && Objects.equals(currency, other.currency);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // document, wrapped (PDF text with hard line breaks), least recall amounts, percentages
    "002_13d841ed3eb9d257, true, 0.95, 0.9",
    "004_62cc81db4921119a, false, 0.95, 0.9"
  })
  void reachesTheGold(String doc, boolean wrapped, double amountRecall, double percentRecall)
      throws IOException {
    JsonNode gold = gold(doc);
    String raw = Files.readString(Path.of("data/corpus", doc + ".txt"));
    String text = wrapped ? WrappedText.unwrap(raw) : raw;
    JsonNode date = gold.path("document").path("date");
    Year year = date.isTextual() ? Year.from(LocalDate.parse(date.asText())) : null;
    List<Quantity> found = finder.find(text, null, year);

    List<Key> goldAmounts = new ArrayList<>();
    gold.path("amounts")
        .forEach(
            a ->
                goldAmounts.add(
                    new Key(a.get("value").decimalValue(), a.get("currency").asText())));
    List<Key> goldPercents = new ArrayList<>();
    gold.path("percentages")
        .forEach(p -> goldPercents.add(new Key(p.get("value").decimalValue(), null)));
    List<Key> amounts = keys(found, Quantity.Kind.AMOUNT);
    List<Key> percents = keys(found, Quantity.Kind.PERCENTAGE);

    Score a = Score.of(goldAmounts, amounts);
    Score p = Score.of(goldPercents, percents);
    System.out.printf(
        "%s amounts: recall %.2f, precision %.2f (distinct values %.2f); "
            + "percentages: recall %.2f, precision %.2f (distinct values %.2f)%n",
        doc,
        a.recall,
        a.precision,
        a.distinctPrecision,
        p.recall,
        p.precision,
        p.distinctPrecision);
    assertTrue(a.recall >= amountRecall, doc + " amount recall " + a.recall + "; found " + amounts);
    assertTrue(
        p.recall >= percentRecall, doc + " percentage recall " + p.recall + "; found " + percents);
    // The gold lists each fact once, the finder every mention: precision counts distinct values.
    assertTrue(a.distinctPrecision >= 0.9, doc + " amounts not in the gold: " + amounts);
    assertTrue(p.distinctPrecision >= 0.9, doc + " percentages not in the gold: " + percents);
  }

  /** Multiset recall and precision, and precision over distinct found values. */
  record Score(double recall, double precision, double distinctPrecision) {
    static Score of(List<Key> gold, List<Key> found) {
      List<Key> unused = new ArrayList<>(found);
      int matched = 0;
      for (Key g : gold) {
        for (int i = 0; i < unused.size(); i++) {
          if (g.same(unused.get(i))) {
            unused.remove(i);
            matched++;
            break;
          }
        }
      }
      Set<Key> distinct = new HashSet<>();
      found.forEach(k -> distinct.add(new Key(k.value.stripTrailingZeros(), k.currency)));
      long distinctInGold = distinct.stream().filter(k -> gold.stream().anyMatch(k::same)).count();
      return new Score(
          gold.isEmpty() ? 1 : (double) matched / gold.size(),
          found.isEmpty() ? 1 : (double) matched / found.size(),
          distinct.isEmpty() ? 1 : (double) distinctInGold / distinct.size());
    }
  }

  private static List<Key> keys(List<Quantity> found, Quantity.Kind kind) {
    return found.stream()
        .filter(q -> q.kind() == kind)
        .map(q -> new Key(q.value(), q.currency()))
        .toList();
  }

  private static JsonNode gold(String doc) throws IOException {
    try (InputStream in =
        QuantityGoldTest.class.getResourceAsStream("/gold-quantities/" + doc + ".json")) {
      return new ObjectMapper().readTree(in);
    }
  }
}
