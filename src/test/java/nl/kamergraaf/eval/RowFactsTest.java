package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows given by hand are checked against the contract as they are added. */
class RowFactsTest {

  @Test
  void rowsComeBackPerQueryAndQueriesWithoutRowsAreEmpty() {
    Map<String, String> row = Map.of("source", "004_62cc81db4921119a.txt", "value", "3.5");
    RowFacts facts = RowFacts.builder().add(ContractQuery.PERCENTAGES, row).build();
    assertEquals(List.of(row), facts.rows(ContractQuery.PERCENTAGES));
    assertEquals(List.of(), facts.rows(ContractQuery.AMOUNTS));
  }

  @Test
  void aVariableTheQueryDoesNotHaveIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RowFacts.builder().add(ContractQuery.AMOUNTS, Map.of("amount", "5")));
    assertTrue(e.getMessage().startsWith("amounts has no result variable ?amount"), e.getMessage());
  }

  @Test
  void aNullValueIsRefusedBecauseUnboundMeansAbsent() {
    Map<String, String> row = new HashMap<>();
    row.put("source", "a.txt");
    row.put("currency", null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RowFacts.builder().add(ContractQuery.AMOUNTS, row));
    assertTrue(e.getMessage().startsWith("?currency is null"), e.getMessage());
  }
}
