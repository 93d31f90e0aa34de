package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.kamergraaf.eval.ContractQueries;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

/**
 * amounts.rq and amounts-per-program.rq on the bundled corpus: one row per fact, each amount summed
 * once, money tied to what its clause says it is for.
 */
class AmountsPerProgramTest {
  private static List<Map<String, String>> rows(String query) {
    return ContractQueries.run(DatasetFactory.wrap(BundledCorpus.dataset()), query);
  }

  private static BigDecimal total(String program) {
    List<BigDecimal> totals =
        rows("amounts-per-program").stream()
            .filter(r -> program.equals(r.get("program")))
            .map(r -> new BigDecimal(r.get("total")))
            .toList();
    return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void purlIsTheDutchPledgeNotTheEuLoanAskedAboutBesideIt() {
    // 003: "Nederland heeft in totaal €750 miljoen toegezegd" after "bij te blijven dragen aan het
    // PURL-initiatief"; 001 asks whether the EU's 60 billion "kan ... ook worden besteed aan
    // PURL-pakketten?"
    assertEquals(
        0,
        new BigDecimal("750000000").compareTo(total("PURL")),
        rows("amounts-per-program").toString());
  }

  @Test
  void anAmountRestatedInQuestionAndAnswerIsSummedOnce() {
    // 003 states the 17,45 billion of the 1,5%-norm five times
    assertEquals(0, new BigDecimal("17450000000").compareTo(total("1,5%-norm")));
    long stated =
        rows("amounts").stream()
            .filter(
                r -> new BigDecimal(r.get("value")).compareTo(new BigDecimal("17450000000")) == 0)
            .count();
    assertEquals(1, stated, "one fact, its other statements are restatements");
  }

  @Test
  void theUkraineAssistanceFundHasItsFiveBillion() {
    // 000 names the fund's envelope, 002 the same 5 billion "voor 2024": one sum, under 2024
    assertEquals(
        0,
        new BigDecimal("5000000000").compareTo(total("UAF")),
        rows("amounts-per-program").toString());
    Map<String, String> uaf000 =
        rows("amounts").stream()
            .filter(r -> r.get("source").startsWith("000_") && "UAF".equals(r.get("program")))
            .findFirst()
            .orElseThrow();
    assertEquals("EU", uaf000.get("subject"));
    assertEquals("Oekraïne", uaf000.get("recipient"));
  }

  @Test
  void aSumStatedPerYearIsTotalledApartAndSaysSo() {
    // 001: "stelt de Commissie een maximum van 14 miljard euro per jaar voor": a yearly sum, never
    // added to sums given once
    List<Map<String, String>> reserve =
        rows("amounts-per-program").stream()
            .filter(r -> "Oekraïne Reserve".equals(r.get("program")))
            .toList();
    assertEquals(1, reserve.size(), reserve.toString());
    assertEquals("true", reserve.get(0).get("perYear"));
    assertEquals(
        "false",
        rows("amounts-per-program").stream()
            .filter(r -> "PURL".equals(r.get("program")))
            .findFirst()
            .orElseThrow()
            .get("perYear"));
  }

  @Test
  void noParliamentGivesMoney() {
    for (Map<String, String> r : rows("amounts")) {
      assertTrue(
          !"Tweede Kamer".equals(r.get("subject"))
              && !r.getOrDefault("subject", "").startsWith("Ministerie"),
          r.toString());
    }
    for (Map<String, String> r : rows("percentages")) {
      assertTrue(!"Tweede Kamer".equals(r.get("subject")), r.toString());
    }
  }
}
