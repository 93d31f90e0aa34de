package nl.kamergraaf.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the text of a converted document (PDF, Word, HTML) stood in the file it was converted from:
 * positions of {@link Document#original()} lead to a page (PDF), a paragraph (Word, HTML) or a
 * footnote (Word), and an offset in code points from the start of that page's, paragraph's or
 * footnote's text. Plain-text files need none: their offsets already are file offsets ({@link
 * #NONE}).
 *
 * <p>The original is built from runs copied verbatim from one part of the file, with markup (bold
 * stars, footnote markers) and joining spaces between them; each run is one piece here.
 *
 * <pre>
 * SourceMap.Builder b = new SourceMap.Builder();
 * b.copy(0, 40, SourceMap.Unit.PAGE, 3, 120);     // original [0,40) was page 3 from offset 120
 * b.build(original).locate(10);                    // PAGE 3, offset 130
 * </pre>
 */
public final class SourceMap {
  /** The part of a file a location names. */
  public enum Unit {
    /** A PDF page, counted from 1. */
    PAGE,
    /** A paragraph of a Word or HTML document, counted from 1 in document order. */
    PARAGRAPH,
    /** A footnote of a Word document, named by its number as printed. */
    FOOTNOTE
  }

  /** A place in the converted file: a page, paragraph or footnote and an offset in it. */
  public record Location(Unit unit, String number, int offset) {}

  /** The map of a document read from plain text: it locates nothing. */
  public static final SourceMap NONE =
      new SourceMap("", new int[0], new int[0], new Unit[0], new String[0], new int[0]);

  private final String original;
  private final int[] start;
  private final int[] end;
  private final Unit[] unit;
  private final String[] number;
  private final int[] offset;

  private SourceMap(
      String original, int[] start, int[] end, Unit[] unit, String[] number, int[] offset) {
    this.original = original;
    this.start = start;
    this.end = end;
    this.unit = unit;
    this.number = number;
    this.offset = offset;
  }

  /** Whether this map locates anything (false for plain text). */
  public boolean isEmpty() {
    return start.length == 0;
  }

  /**
   * The location of original position {@code pos}: in the run that holds it, else at the start of
   * the next run (a position on markup or a joining space), else at the end of the last run.
   */
  public Optional<Location> locate(int pos) {
    if (start.length == 0) {
      return Optional.empty();
    }
    int i = Arrays.binarySearch(start, pos);
    i = i >= 0 ? i : -i - 2; // the last run starting at or before pos
    if (i >= 0 && pos < end[i]) {
      return Optional.of(at(i, original.codePointCount(start[i], pos)));
    }
    if (i + 1 < start.length) {
      return Optional.of(at(i + 1, 0));
    }
    int last = start.length - 1;
    return Optional.of(at(last, original.codePointCount(start[last], end[last])));
  }

  private Location at(int i, int within) {
    return new Location(unit[i], number[i], offset[i] + within);
  }

  /** Collects the runs in the order they are written; runs must not overlap. */
  public static final class Builder {
    private int[] start = new int[16];
    private int[] end = new int[16];
    private Unit[] unit = new Unit[16];
    private String[] number = new String[16];
    private int[] offset = new int[16];
    private int size;

    /** Original {@code [from, to)} was copied from {@code unit number} at code point {@code at}. */
    public Builder copy(int from, int to, Unit u, String n, int at) {
      if (to <= from) {
        return this;
      }
      if (size > 0 && from < end[size - 1]) {
        throw new IllegalArgumentException("run [" + from + ", " + to + ") overlaps the last one");
      }
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
        unit = Arrays.copyOf(unit, size * 2);
        number = Arrays.copyOf(number, size * 2);
        offset = Arrays.copyOf(offset, size * 2);
      }
      start[size] = from;
      end[size] = to;
      unit[size] = u;
      number[size] = n;
      offset[size] = at;
      size++;
      return this;
    }

    /** The map over {@code original}, the text the runs are positions of. */
    public SourceMap build(String original) {
      if (size > 0 && end[size - 1] > original.length()) {
        throw new IllegalArgumentException(
            "runs reach " + end[size - 1] + ", text has " + original.length() + " chars");
      }
      return new SourceMap(
          original,
          Arrays.copyOf(start, size),
          Arrays.copyOf(end, size),
          Arrays.copyOf(unit, size),
          Arrays.copyOf(number, size),
          Arrays.copyOf(offset, size));
    }
  }
}
