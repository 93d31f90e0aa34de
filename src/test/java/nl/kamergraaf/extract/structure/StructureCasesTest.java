package nl.kamergraaf.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.entity.TsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code structure/cases.tsv}: every rule of {@code rules/structure.tsv} matches the lines it
 * should and not the others, and every rule has both kinds of line.
 */
class StructureCasesTest {
  private static final String CASES = "/nl/kamergraaf/extract/structure/cases.tsv";
  private static StructureRules rules;

  @BeforeAll
  static void load() {
    rules = StructureRules.load();
  }

  static List<TsvTable.Row> cases() {
    return TsvTable.load(CASES).require("id", "expect", "line").rows();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aRuleMatchesItsLinesAndNoOthers(TsvTable.Row c) {
    StructureRules.Rule rule =
        StructureRules.load().rules().stream()
            .filter(r -> r.id().equals(c.get("id")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(c.where() + ": no rule '" + c.get("id") + "'"));
    boolean expected = c.get("expect").equals("yes");
    assertEquals(
        expected,
        StructureRules.matches(rule, c.get("line")),
        c.where()
            + ": "
            + rule.id()
            + (expected ? " should match " : " should not match ")
            + c.get("line"));
  }

  @Test
  void everyRuleHasALineItMatchesAndOneItDoesNot() {
    Set<String> positive = new HashSet<>();
    Set<String> negative = new HashSet<>();
    for (TsvTable.Row c : cases()) {
      (c.get("expect").equals("yes") ? positive : negative).add(c.get("id"));
    }
    Set<String> lacking =
        rules.rules().stream()
            .map(StructureRules.Rule::id)
            .filter(id -> !positive.contains(id) || !negative.contains(id))
            .collect(Collectors.toSet());
    assertTrue(lacking.isEmpty(), "rules without a positive and a negative case: " + lacking);
  }
}
