package nl.kamergraaf.serve.limits;

/**
 * A text that allows a set number of character reads. A regular expression that backtracks without
 * end (say {@code (a+)+b} on a long line) reads characters without end; counting the reads stops
 * it, which the query timeout cannot do inside one match.
 */
final class CountedText implements CharSequence {
  private final String text;
  private long readsLeft;

  CountedText(String text, long reads) {
    this.text = text;
    this.readsLeft = reads;
  }

  @Override
  public char charAt(int index) {
    if (--readsLeft < 0) {
      throw new RegexTooCostlyException();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.substring(start, end); // only for a match found, not read while matching
  }

  @Override
  public String toString() {
    return text;
  }
}
