package nl.kamergraaf.eval;

import java.math.BigDecimal;

/** Reads numbers from query results, where they arrive as lexical forms ("1.50", "1.15E9"). */
final class Decimals {
  private Decimals() {}

  /** The number written in {@code lexical}, or null when it is absent or not a number. */
  static BigDecimal parse(String lexical) {
    if (lexical == null) {
      return null;
    }
    try {
      return new BigDecimal(lexical.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Numeric equality: 1.5 equals 1.50; null equals only null. */
  static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /** Plain notation for messages: 1150000000 rather than 1.15E+9. */
  static String show(BigDecimal value) {
    return value == null ? "(none)" : value.stripTrailingZeros().toPlainString();
  }
}
