package nl.kamergraaf.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityNumbersTest {
  private static QuantityNumbers numbers;

  @BeforeAll
  static void load() {
    numbers = new QuantityNumbers(QuantityLexicon.load());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "21,6 | 21.6",
        "1,95 | 1.95",
        "500.000 | 500000",
        "1.000 | 1000",
        "1.000.000,5 | 1000000.5",
        "3 | 3",
        "1.5 | 1.5",
        "drie | 3",
        "één | 1",
        "Twaalf | 12",
        "vijfentwintig | 25",
        "tweeëndertig | 32",
        "honderd | 100",
        "tweehonderd | 200",
        "vijftienhonderd | 1500",
        "tweeduizendvijfhonderd | 2500",
        "tweehonderdduizend | 200000",
        "anderhalf | 1.5",
        "tweeënhalf | 2.5"
      })
  void parsesDutchNumbers(String written, String value) {
    assertEquals(0, new BigDecimal(value).compareTo(numbers.parse(written)), written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"honderden", "tienduizenden", "eens", "euro", "36410-X", "1,2,3", "mld"})
  void refusesWhatIsNoNumber(String written) {
    assertNull(numbers.parse(written), written);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024 | YEAR", "1995 | YEAR", "2024-2028 | YEARS", "2023/2024 | YEARS", "2-3 | NUMRANGE",
        "1,5-2 | NUMRANGE", "21,6 | NUMBER", "3000 | NUMBER", "40.000 | NUMBER", "vijftig | WORDNUM"
      })
  void typesNumberTokens(String token, QuantityNumbers.Type type) {
    assertEquals(type, numbers.type(token));
  }
}
