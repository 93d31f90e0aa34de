package nl.kamergraaf.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Question numbers as papers list them: "2 en 3", "4, 5 en 6", "7 t/m 9", "10-12". */
final class Numbers {
  private static final Pattern PART =
      Pattern.compile("(\\d{1,3})(?:\\s*(?:t/m|tot en met|-|–)\\s*(\\d{1,3}))?");

  /** A range longer than this is a misreading, not a list of questions. */
  private static final int LONGEST_RANGE = 50;

  private Numbers() {}

  /** The numbers a list names, ranges expanded, in order; empty for null. */
  static List<Integer> listed(String list) {
    List<Integer> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    Matcher m = PART.matcher(list);
    while (m.find()) {
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (to < from || to - from > LONGEST_RANGE) {
        to = from;
      }
      for (int n = from; n <= to; n++) {
        if (!out.contains(n)) {
          out.add(n);
        }
      }
    }
    return out;
  }
}
