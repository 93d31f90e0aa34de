package nl.kamergraaf.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.model.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every line of {@code cases.tsv} through the finder and checks each field. */
class QuantityCasesTest {
  private static QuantityFinder finder;

  @BeforeAll
  static void load() {
    finder = QuantityFinder.load();
  }

  /** One line of cases.tsv; fields null where the file says "-". */
  record Case(int line, String text, String quote, String[] expected) {
    @Override
    public String toString() {
      return "cases.tsv:" + line + " " + (quote == null ? "(none) in " + text : quote);
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = QuantityCasesTest.class.getResourceAsStream("cases.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cols = lines[i].split("\t", -1);
        if (cols.length != 2 && cols.length != 10) {
          throw new IllegalStateException("cases.tsv:" + (i + 1) + ": 2 or 10 columns expected");
        }
        String[] expected = new String[cols.length - 2];
        for (int c = 2; c < cols.length; c++) {
          expected[c - 2] = cols[c].equals("-") ? null : cols[c];
        }
        cases.add(new Case(i + 1, cols[0], cols[1].equals("-") ? null : cols[1], expected));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatTheCaseSays(Case c) {
    List<Quantity> found = finder.find(c.text(), null);
    if (c.quote() == null) {
      assertEquals(List.of(), found, "no quantity expected in: " + c.text());
      return;
    }
    Quantity q =
        found.stream()
            .filter(x -> x.provenance().quote().equals(c.quote()))
            .findFirst()
            .orElseGet(() -> fail("'" + c.quote() + "' not found; found " + quotes(found)));
    String[] e = c.expected();
    assertEquals(Quantity.Kind.valueOf(e[0]), q.kind(), "kind");
    assertNumber(e[1], q.value(), "value");
    assertNumber(e[2], q.maxValue(), "maxValue");
    assertEquals(e[3], q.currency(), "currency");
    assertEquals(e[4], q.shareOf(), "shareOf");
    assertEquals("yes".equals(e[5]), q.perYear(), "perYear");
    assertEquals(e[6], q.period(), "period");
    assertEquals(e[7], q.provenance().rule(), "rule");
    assertEquals(
        c.quote(), q.provenance().span().of(c.text()), "the span covers the quote in the text");
  }

  @Test
  void everyRuleOfTheRuleFileHasACase() throws IOException {
    Set<String> rules = new TreeSet<>();
    try (InputStream in = QuantityRules.class.getResourceAsStream(QuantityRules.QUANTITIES)) {
      Matcher m =
          Pattern.compile("rule:\\s*\"([^\"]+)\"")
              .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (m.find()) {
        rules.add(m.group(1));
      }
    }
    Set<String> covered =
        cases().stream()
            .filter(c -> c.quote() != null)
            .map(c -> c.expected()[7])
            .collect(Collectors.toSet());
    assertTrue(rules.size() >= 10, "rules read from the file: " + rules);
    rules.removeAll(covered);
    assertEquals(Set.of(), rules, "rules without a case in cases.tsv");
  }

  private static void assertNumber(String expected, BigDecimal actual, String what) {
    if (expected == null) {
      assertEquals(null, actual, what);
    } else {
      assertTrue(
          actual != null && new BigDecimal(expected).compareTo(actual) == 0,
          what
              + ": expected "
              + expected
              + ", got "
              + (actual == null ? null : actual.toPlainString()));
    }
  }

  private static List<String> quotes(List<Quantity> found) {
    return found.stream().map(q -> q.provenance().quote()).toList();
  }
}
