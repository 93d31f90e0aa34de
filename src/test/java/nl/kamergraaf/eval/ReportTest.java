package nl.kamergraaf.eval;

import static nl.kamergraaf.eval.PerfectRows.DOC_002;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text table, the error list and the JSON form of a report. */
class ReportTest {

  /** Gold 002 only, with Polen missing and Frankrijk added. */
  private static Report report() {
    List<GoldDocument> gold = PerfectRows.gold().subList(0, 1);
    Map<ContractQuery, List<Map<String, String>>> rows = PerfectRows.of(gold);
    rows.get(ContractQuery.ENTITIES).removeIf(r -> r.get("label").equals("Polen"));
    rows.get(ContractQuery.ENTITIES)
        .add(
            PerfectRows.row(
                "source", DOC_002, "entity", "urn:x:fr", "type", "Country", "label", "Frankrijk"));
    return new Evaluator(gold).evaluate(PerfectRows.facts(rows));
  }

  @Test
  void theTableHasOneLinePerCategoryWithCountsAndScores() {
    String text = report().toText(false);
    List<String> lines = text.lines().toList();
    assertEquals("category                 tp   fp   fn   precision  recall  f1", lines.get(0));
    assertEquals("document                  3    0    0   1.000      1.000   1.000", lines.get(1));
    assertTrue(
        lines.contains("countries                 9    1    1   0.900      0.900   0.900"), text);
    // No questions in 002 and none found: nothing to score.
    assertTrue(
        lines.contains("questions                 0    0    0   -          -       -"), text);
    assertFalse(text.contains("Frankrijk"));
  }

  @Test
  void withErrorsTheMissedAndSpuriousItemsFollow() {
    String text = report().toText(true);
    assertTrue(
        text.contains(
            "countries: 2 errors\n"
                + "  missed    "
                + DOC_002
                + "  Polen\n"
                + "  spurious  "
                + DOC_002
                + "  Frankrijk <urn:x:fr>\n"),
        text);
  }

  @Test
  void theJsonHasCountsScoresAndErrors() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report().toJson());
    assertEquals(DOC_002, json.get("evaluated").get(0).asText());
    JsonNode countries = json.get("categories").get("countries");
    assertEquals(9, countries.get("tp").asInt());
    assertEquals(0.9, countries.get("precision").asDouble(), 1e-12);
    assertTrue(json.get("categories").get("questions").get("f1").isNull());
    assertEquals(2, json.get("errors").size());
    assertEquals("missed", json.get("errors").get(0).get("kind").asText());
    assertEquals("Polen", json.get("errors").get(0).get("item").asText());
  }
}
