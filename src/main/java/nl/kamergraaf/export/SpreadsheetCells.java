package nl.kamergraaf.export;

import java.util.regex.Pattern;

/**
 * Text cells made safe to open in a spreadsheet: a cell that starts with {@code = + - @} (or a tab
 * or carriage return) is taken for a formula by Excel, LibreOffice and Google Sheets, and a label
 * from a document could then run one ({@code =HYPERLINK(...)}). Such a cell gets a leading
 * apostrophe, which spreadsheets read as "text follows" and do not show. Numbers ({@code -5},
 * {@code +3.2e4}) are left as they are.
 */
public final class SpreadsheetCells {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private SpreadsheetCells() {}

  /** {@code value}, or {@code value} after an apostrophe if a spreadsheet would run it. */
  public static String neutralise(String value) {
    if (value.isEmpty()
        || "=+-@\t\r".indexOf(value.charAt(0)) < 0
        || NUMBER.matcher(value).matches()) {
      return value;
    }
    return "'" + value;
  }
}
