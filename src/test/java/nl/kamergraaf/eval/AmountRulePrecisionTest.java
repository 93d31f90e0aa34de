package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/**
 * Each rule that read an amount's programme or giver is judged against the gold of its document.
 */
class AmountRulePrecisionTest {
  private final Dataset dataset = DatasetFactory.wrap(BundledCorpus.dataset());

  @Test
  void aRuleIsRightWhereTheGoldTiesTheSameValueToTheSameEntity() {
    String text = new AmountRulePrecision(PerfectRows.gold()).toText(dataset);
    // 002: "dit voorstel waarbij er 5 mld. euro beschikbaar wordt gesteld": the UAF, as the gold
    // says
    assertTrue(
        line("amount/antecedent", "amount.program", 1, "1", "1.000").matcher(text).find(), text);
    // 002: the 260 and 87 million "voor Oekraïne": counted, not judged (the gold has no recipients)
    assertTrue(
        line("amount/prep-voor", "amount.recipient", 2, "-", "\\(not annotated\\)")
            .matcher(text)
            .find(),
        text);
  }

  @Test
  void aReadingTheGoldContradictsLowersItsRulesPrecision() {
    List<GoldDocument> gold = new ArrayList<>();
    for (GoldDocument g : PerfectRows.gold()) {
      List<GoldDocument.Amount> amounts =
          g.amounts().stream()
              .map(
                  a ->
                      a.program() != null && a.program().equals("UAF")
                          ? new GoldDocument.Amount(
                              a.text(), a.value(), a.currency(), a.subject(), "EPF", a.period())
                          : a)
              .toList();
      gold.add(
          new GoldDocument(
              g.doc(),
              g.document(),
              g.persons(),
              g.fractions(),
              g.questions(),
              g.programs(),
              g.organizations(),
              g.countries(),
              amounts,
              g.percentages(),
              g.relations()));
    }
    String text = new AmountRulePrecision(gold).toText(dataset);
    assertTrue(
        line("amount/antecedent", "amount.program", 1, "0", "0.000").matcher(text).find(), text);
  }

  private static Pattern line(String rule, String role, int read, String right, String precision) {
    return Pattern.compile(
        "(?m)^  "
            + Pattern.quote(rule)
            + " +"
            + Pattern.quote(role)
            + " +"
            + read
            + " +"
            + right
            + " +"
            + precision
            + "$");
  }
}
