package nl.kamergraaf.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import org.junit.jupiter.api.Test;

class QuantityRulesTest {
  private static final String DIR = "/nl/kamergraaf/extract/quantity/";

  @Test
  void aBrokenRuleSaysFileLineAndColumn() {
    QuantityRulesException e =
        assertThrows(
            QuantityRulesException.class,
            () -> QuantityRules.load(DIR + "broken.rules", QuantityLexicon.load()));
    assertTrue(e.getMessage().startsWith(DIR + "broken.rules:4:"), e.getMessage());
    assertTrue(e.getMessage().contains("fix the rule"), e.getMessage());
  }

  @Test
  void aRuleWithoutIdIsRefusedWhenItMatches() {
    QuantityRules rules = QuantityRules.load(DIR + "nameless.rules", QuantityLexicon.load());
    CoreMap sentence = DutchTokenizer.create().sentences("Het kost 5 euro.").get(0);
    QuantityRulesException e =
        assertThrows(QuantityRulesException.class, () -> rules.match(sentence));
    assertTrue(e.getMessage().contains("gives no 'rule' id"), e.getMessage());
  }

  @Test
  void theBundledRulesMatchWithTheirIdsAndFields() {
    QuantityRules rules = QuantityRules.load(QuantityRules.PERIODS, QuantityLexicon.load());
    CoreMap sentence =
        DutchTokenizer.create().sentences("Defensie maakt tussen 2025 en 2030 geld vrij.").get(0);
    List<RuleMatch> matches = rules.match(sentence);
    assertEquals(1, matches.size(), matches.toString());
    RuleMatch m = matches.get(0);
    assertEquals("period/between", m.rule());
    assertEquals("2025", m.field("from"));
    assertEquals("2030", m.field("to"));
    assertEquals(
        "tussen 2025 en 2030", m.span().of("Defensie maakt tussen 2025 en 2030 geld vrij."));
  }
}
