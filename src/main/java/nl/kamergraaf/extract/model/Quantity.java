package nl.kamergraaf.extract.model;

import java.math.BigDecimal;

/**
 * An amount of money or a percentage as stated in the text, normalised.
 *
 * @param value the (lower) value: {@code 1150000000} for "€ 1,15 miljard", {@code 1.95} for 1,95%
 * @param maxValue the upper value of a range ("138,2 tot 199 miljoen"), else null
 * @param currency ISO 4217 code for money; null for a percentage
 * @param shareOf what a percentage is a share of ("bbp"), else null
 * @param perYear whether the amount is stated per year ("per jaar", "jaarlijks")
 * @param subject the entity the amount or share belongs to, where the sentence says so
 * @param program the programme or instrument it is for, where the sentence says so
 * @param period the year or period as stated, normalised ("2024", "2025-2030"), or null
 */
public record Quantity(
    Kind kind,
    BigDecimal value,
    BigDecimal maxValue,
    String currency,
    String shareOf,
    boolean perYear,
    Entity subject,
    Entity program,
    String period,
    Provenance provenance) {

  /** Money or share. */
  public enum Kind {
    AMOUNT,
    PERCENTAGE
  }
}
