package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers and dates as the pages show them. */
class FormatsTest {
  @Test
  void moneyInMillionsAndBillions() {
    assertEquals("€ 750 mln", Formats.money("750000000", "EUR"));
    assertEquals("€ 60 mld", Formats.money("60000000000.0", "EUR"));
    assertEquals("€ 1,25 mld", Formats.money("1250000000", "EUR"));
    assertEquals("€ 138,2 mln", Formats.money("138200000", "EUR"));
    assertEquals("€ 12.500", Formats.money("12500", "EUR"));
    assertEquals("$ 3 mln", Formats.money("3000000", "USD"));
    assertEquals("not a number", Formats.money("not a number", "EUR"));
  }

  @Test
  void datesInWords() {
    assertEquals("2 October 2025", Formats.date("2025-10-02"));
    assertEquals("12 april 2024", Formats.date("2024-04-12", Locale.forLanguageTag("nl")));
    assertEquals("2025", Formats.date("2025"));
    assertEquals("", Formats.date(null));
  }
}
