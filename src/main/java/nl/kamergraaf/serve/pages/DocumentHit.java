package nl.kamergraaf.serve.pages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span a document page is asked to mark ({@code ?hit=START-END}, code points in the file), as
 * search results link to it; a malformed value is ignored and the page shown without a mark.
 */
record DocumentHit(long start, long end) {
  private static final Pattern SPAN = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

  static DocumentHit parse(Map<String, String[]> parameters) {
    String[] values = parameters.get("hit");
    if (values == null || values.length == 0) {
      return null;
    }
    Matcher m = SPAN.matcher(values[0]);
    if (!m.matches()) {
      return null;
    }
    long start = Long.parseLong(m.group(1));
    long end = Long.parseLong(m.group(2));
    return start < end ? new DocumentHit(start, end) : null;
  }
}
