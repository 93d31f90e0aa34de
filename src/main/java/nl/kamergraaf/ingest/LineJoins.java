package nl.kamergraaf.ingest;

/**
 * Decides what goes between two consecutive kept lines: a line break, a blank line, or nothing but
 * a space (or not even that) because the second line continues the first's paragraph.
 *
 * <p>A paragraph continues on the next line when the text is wrapped and the first line is about as
 * long as the wrap width (or ends in a split word). It also continues over blank lines and removed
 * page furniture when the page broke in mid-sentence: a long line ending in a lower-case letter or
 * comma, followed by a line starting in lower case, both equally emphasised ("… gevechtsgereed en"
 * / "inzetbaar is.").
 */
final class LineJoins {
  /** What to write between two lines. */
  enum Join {
    NEWLINE,
    BLANK_LINE,
    SPACE,
    /** Nothing: the first line's trailing hyphen is dropped ("samen-" "werking"). */
    WITHOUT_HYPHEN,
    /** Nothing: the hyphen stays ("defensie-" "industrie"). */
    WITH_HYPHEN,
    /** A space after the kept hyphen ("veiligheids-" "en"). */
    SUSPENDED_HYPHEN
  }

  // Outside wrapped text, a line cut by a page break is a long paragraph, not a heading.
  private static final int MIN_CUT_LENGTH = 100;

  private final LayoutProfile profile;
  private final Hyphenation hyphenation;

  LineJoins(LayoutProfile profile, Hyphenation hyphenation) {
    this.profile = profile;
    this.hyphenation = hyphenation;
  }

  /** The join of {@code line} to {@code next}; {@code gap}: blank or dropped lines between. */
  Join decide(CleanLine line, boolean gap, CleanLine next) {
    if (!gap) {
      boolean wrappedOn = line.length() >= profile.joinLength() || endsInSplitWord(line);
      return profile.wrapped() && wrappedOn ? continuation(line, next) : Join.NEWLINE;
    }
    return cutByPage(line, next) ? continuation(line, next) : Join.BLANK_LINE;
  }

  private boolean cutByPage(CleanLine line, CleanLine next) {
    int minLength = profile.wrapped() ? profile.joinLength() : MIN_CUT_LENGTH;
    int last = line.length() - 1;
    char end = line.charAt(last);
    boolean open =
        Character.isLowerCase(end) || end == ',' || (profile.wrapped() && endsInSplitWord(line));
    return line.length() >= minLength
        && open
        && Character.isLowerCase(next.charAt(0))
        && line.emphasisedAt(last) == next.emphasisedAt(0);
  }

  private Join continuation(CleanLine line, CleanLine next) {
    if (!endsInSplitWord(line) || !Character.isLetterOrDigit(next.charAt(0))) {
      return Join.SPACE;
    }
    int hyphen = line.length() - 1;
    int preStart = hyphen;
    while (preStart > 0 && Character.isLetterOrDigit(line.charAt(preStart - 1))) {
      preStart--;
    }
    int postEnd = 0;
    while (postEnd < next.length() && Character.isLetterOrDigit(next.charAt(postEnd))) {
      postEnd++;
    }
    String pre = line.text().subSequence(preStart, hyphen).toString();
    String post = next.text().subSequence(0, postEnd).toString();
    return switch (hyphenation.decide(pre, post, profile.hyphenatedSeen(), profile.joinedSeen())) {
      case WITHOUT_HYPHEN -> Join.WITHOUT_HYPHEN;
      case WITH_HYPHEN -> Join.WITH_HYPHEN;
      case SUSPENDED -> Join.SUSPENDED_HYPHEN;
    };
  }

  /** A line ending in a hyphen right after a letter or digit: "samen-", "NAVO-". */
  private static boolean endsInSplitWord(CleanLine line) {
    int n = line.length();
    return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetterOrDigit(line.charAt(n - 2));
  }
}
