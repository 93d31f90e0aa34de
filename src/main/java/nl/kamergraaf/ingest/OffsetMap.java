package nl.kamergraaf.ingest;

import java.util.Arrays;

/**
 * Maps positions in a normalised text back to positions in the original file's text.
 *
 * <p>The normalised text is built as a sequence of pieces: runs copied from the original (each
 * normalised char maps to its original char) and synthetic runs (a space that replaced a line
 * break, a footnote separator) that map to one original position. Pieces may come out of order, so
 * footnote bodies can be moved to the end of the text and still point to where they stood.
 *
 * <pre>
 * OffsetMap.Builder b = new OffsetMap.Builder();
 * b.copy(10, 25);             // original [10,25) copied verbatim
 * b.insert(1, 25);            // one synthetic char standing for original position 25
 * OffsetMap map = b.build();
 * map.toOriginal(new Span(0, 5));   // [10, 15)
 * </pre>
 */
public final class OffsetMap {
  // Piece i covers normalised [normStart[i], normStart[i+1]); a copied piece maps char by char
  // from origStart[i], an inserted one maps every char to the single point origStart[i].
  private final int[] normStart;
  private final int[] origStart;
  private final boolean[] copied;
  private final int length;

  private OffsetMap(int[] normStart, int[] origStart, boolean[] copied, int length) {
    this.normStart = normStart;
    this.origStart = origStart;
    this.copied = copied;
    this.length = length;
  }

  /** The identity map over a text of the given length. */
  public static OffsetMap identity(int length) {
    return new Builder().copy(0, length).build();
  }

  /** Length of the normalised text this map covers. */
  public int length() {
    return length;
  }

  /** The original position of the normalised position {@code pos} (0..length inclusive). */
  public int toOriginal(int pos) {
    if (pos < 0 || pos > length) {
      throw new IndexOutOfBoundsException("position " + pos + " outside [0, " + length + "]");
    }
    if (normStart.length == 0) {
      return 0;
    }
    if (pos == length) {
      int last = normStart.length - 1;
      return origStart[last] + (copied[last] ? length - normStart[last] : 0);
    }
    int i = piece(pos);
    return origStart[i] + (copied[i] ? pos - normStart[i] : 0);
  }

  /**
   * The original span of a normalised span: from the original position of its first char to just
   * after the original position of its last char.
   */
  public Span toOriginal(Span span) {
    if (span.length() == 0) {
      int p = toOriginal(span.start());
      return new Span(p, p);
    }
    int start = toOriginal(span.start());
    int lastChar = span.end() - 1;
    int i = piece(lastChar);
    int end = origStart[i] + (copied[i] ? lastChar - normStart[i] + 1 : 0);
    return new Span(Math.min(start, end), Math.max(start, end));
  }

  private int piece(int pos) {
    int lo = 0;
    int hi = normStart.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (normStart[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Builds a map piece by piece, in the order the normalised text is written. Pieces are kept in
   * growing int arrays, and a copy that continues the previous copied run extends it, so a long
   * document costs a few ints per line, not per char.
   */
  public static final class Builder {
    private int[] normStart = new int[16];
    private int[] origStart = new int[16];
    private boolean[] copied = new boolean[16];
    private int pieces;
    private int length;

    /** The normalised text continues with original chars {@code [from, to)}, unchanged. */
    public Builder copy(int from, int to) {
      if (from < 0 || to < from) {
        throw new IllegalArgumentException("bad original range [" + from + ", " + to + ")");
      }
      if (to > from) {
        int last = pieces - 1;
        boolean extendsLast =
            last >= 0 && copied[last] && origStart[last] + (length - normStart[last]) == from;
        if (!extendsLast) {
          add(from, true);
        }
        length += to - from;
      }
      return this;
    }

    /** The normalised text continues with {@code count} synthetic chars standing for {@code at}. */
    public Builder insert(int count, int at) {
      if (count < 0 || at < 0) {
        throw new IllegalArgumentException("bad insert of " + count + " at " + at);
      }
      if (count > 0) {
        add(at, false);
        length += count;
      }
      return this;
    }

    private void add(int orig, boolean copy) {
      if (pieces == normStart.length) {
        int size = pieces * 2;
        normStart = Arrays.copyOf(normStart, size);
        origStart = Arrays.copyOf(origStart, size);
        copied = Arrays.copyOf(copied, size);
      }
      normStart[pieces] = length;
      origStart[pieces] = orig;
      copied[pieces] = copy;
      pieces++;
    }

    /** Length of the normalised text so far. */
    public int length() {
      return length;
    }

    public OffsetMap build() {
      return new OffsetMap(
          Arrays.copyOf(normStart, pieces),
          Arrays.copyOf(origStart, pieces),
          Arrays.copyOf(copied, pieces),
          length);
    }
  }
}
