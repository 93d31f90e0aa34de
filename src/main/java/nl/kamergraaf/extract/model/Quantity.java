package nl.kamergraaf.extract.model;

import java.math.BigDecimal;

/**
 * An amount of money or a percentage as stated in the text, normalised, with what its clause says
 * about it.
 *
 * @param value the (lower) value: {@code 1150000000} for "€ 1,15 miljard", {@code 1.95} for 1,95%
 * @param maxValue the upper value of a range ("138,2 tot 199 miljoen"), else null
 * @param currency ISO 4217 code for money; null for a percentage
 * @param shareOf what a percentage is a share of ("bbp"), else null
 * @param perYear whether the amount is stated per year ("per jaar", "jaarlijks")
 * @param subject who gives or spends the amount, or whose share the percentage is, where the text
 *     says so
 * @param program the programme or instrument it is for, where the text says so
 * @param period the year or period as stated, normalised ("2024", "2025-2030"), or null
 * @param recipient who receives the amount ("aan Oekraïne"), where the clause says so
 * @param readBy the rule that read each of subject, programme and recipient
 * @param restates where the same fact was first stated in the document, when this statement repeats
 *     it (the question's amount restated in the answer); null for a first statement
 * @param partOf the statement of the total this amount is a part of ("€ 1 miljard, waarvan € 400
 *     miljoen voor …"), or null
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
    Provenance provenance,
    Entity recipient,
    ReadBy readBy,
    Provenance restates,
    Provenance partOf) {

  public Quantity {
    readBy = readBy == null ? ReadBy.NONE : readBy;
  }

  /** A quantity as found, before its clause is read: no recipient, no links to other statements. */
  public Quantity(
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
    this(
        kind,
        value,
        maxValue,
        currency,
        shareOf,
        perYear,
        subject,
        program,
        period,
        provenance,
        null,
        ReadBy.NONE,
        null,
        null);
  }

  /** This quantity with the roles its clause gives it. */
  public Quantity withRoles(Entity subject, Entity program, Entity recipient, ReadBy readBy) {
    return new Quantity(
        kind,
        value,
        maxValue,
        currency,
        shareOf,
        perYear,
        subject,
        program,
        period,
        provenance,
        recipient,
        readBy,
        restates,
        partOf);
  }

  /** This statement as a repetition of the fact first stated at {@code first}. */
  public Quantity restating(Provenance first) {
    return new Quantity(
        kind,
        value,
        maxValue,
        currency,
        shareOf,
        perYear,
        subject,
        program,
        period,
        provenance,
        recipient,
        readBy,
        first,
        partOf);
  }

  /** This amount as a part of the total stated at {@code total}. */
  public Quantity partOfTotal(Provenance total) {
    return new Quantity(
        kind,
        value,
        maxValue,
        currency,
        shareOf,
        perYear,
        subject,
        program,
        period,
        provenance,
        recipient,
        readBy,
        restates,
        total);
  }

  /** This quantity with another period. */
  public Quantity withPeriod(String period) {
    return new Quantity(
        kind,
        value,
        maxValue,
        currency,
        shareOf,
        perYear,
        subject,
        program,
        period,
        provenance,
        recipient,
        readBy,
        restates,
        partOf);
  }

  /** Money or share. */
  public enum Kind {
    AMOUNT,
    PERCENTAGE
  }

  /**
   * The ids of the rules that read the subject, the programme and the recipient (null: not read).
   */
  public record ReadBy(String subject, String program, String recipient) {
    public static final ReadBy NONE = new ReadBy(null, null, null);
  }
}
