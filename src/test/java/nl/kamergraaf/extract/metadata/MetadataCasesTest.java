package nl.kamergraaf.extract.metadata;

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
 * Walks {@code metadata/cases.tsv}: every rule of {@code rules/metadata.tsv} matches the texts it
 * should and not the others, and every rule has both kinds of text.
 */
class MetadataCasesTest {
  private static final String CASES = "/nl/kamergraaf/extract/metadata/cases.tsv";
  private static MetadataRules rules;

  @BeforeAll
  static void load() {
    rules = new MetadataRules();
  }

  static List<TsvTable.Row> cases() {
    return TsvTable.load(CASES).require("id", "expect", "text").rows();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aRuleMatchesItsTextsAndNoOthers(TsvTable.Row c) {
    MetadataRules.Rule rule =
        new MetadataRules()
            .rules().stream()
                .filter(r -> r.id().equals(c.get("id")))
                .findFirst()
                .orElseThrow(
                    () -> new AssertionError(c.where() + ": no rule '" + c.get("id") + "'"));
    boolean expected = c.get("expect").equals("yes");
    // TsvTable strips cells; the meeting-date and -place rules read the text after a meeting's
    // name.
    String text =
        rule.field().searched() && c.get("text").matches("^[,.(a-z].*")
            ? " " + c.get("text")
            : c.get("text");
    assertEquals(
        expected,
        MetadataRules.matches(rule, text),
        c.where() + ": " + rule.id() + (expected ? " should match " : " should not match ") + text);
  }

  @Test
  void everyRuleHasATextItMatchesAndOneItDoesNot() {
    Set<String> positive = new HashSet<>();
    Set<String> negative = new HashSet<>();
    for (TsvTable.Row c : cases()) {
      (c.get("expect").equals("yes") ? positive : negative).add(c.get("id"));
    }
    Set<String> lacking =
        rules.rules().stream()
            .map(MetadataRules.Rule::id)
            .filter(id -> !positive.contains(id) || !negative.contains(id))
            .collect(Collectors.toSet());
    assertTrue(lacking.isEmpty(), "rules without a positive and a negative case: " + lacking);
  }
}
