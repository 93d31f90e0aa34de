package nl.kamergraaf.ingest;

import java.util.List;
import java.util.Objects;
import nl.kamergraaf.ingest.api.ApiRecord;

/**
 * One source document after ingest: the original text as read from the file, the normalised text
 * that extraction works on, and the map between them.
 *
 * <p>{@code emphasis} lists the ranges of the normalised text that the original marked as bold or
 * as a heading (Markdown {@code **…**}, {@code ####}): question headings are often marked only that
 * way. {@code footnotes} lists the footnotes whose bodies ingest moved out of the running text
 * (they follow the body of the document in {@code text}).
 *
 * @param source the file's path relative to the corpus folder, {@code /}-separated; just the file
 *     name for a file at the top (e.g. {@code 001_bba492771d7bbacc.txt}); {@code ?source} in the
 *     contract queries
 * @param original the decoded text of the file, unchanged except that a UTF-8 byte order mark is
 *     left out (offsets count from the first char after it)
 * @param text the normalised text
 * @param offsets from {@code text} positions to {@code original} positions
 * @param sourceMap for a document converted from PDF, Word or HTML (whose {@code original} is the
 *     text extracted from the file), from {@code original} positions to pages or paragraphs of the
 *     file; {@link SourceMap#NONE} for plain text
 * @param apiRecord what the Tweede Kamer API says about the paper (its sidecar {@code .json} from
 *     {@code kamergraaf fetch}), or null for a paper without one
 */
public record Document(
    String source,
    String original,
    String text,
    OffsetMap offsets,
    List<Span> emphasis,
    List<Footnote> footnotes,
    SourceMap sourceMap,
    ApiRecord apiRecord) {

  /** A document without API metadata. */
  public Document(
      String source,
      String original,
      String text,
      OffsetMap offsets,
      List<Span> emphasis,
      List<Footnote> footnotes,
      SourceMap sourceMap) {
    this(source, original, text, offsets, emphasis, footnotes, sourceMap, null);
  }

  /** A document read from plain text: its original is the file's text. */
  public Document(
      String source,
      String original,
      String text,
      OffsetMap offsets,
      List<Span> emphasis,
      List<Footnote> footnotes) {
    this(source, original, text, offsets, emphasis, footnotes, SourceMap.NONE);
  }

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
    if (offsets.length() != text.length()) {
      throw new IllegalArgumentException(
          source + ": offset map covers " + offsets.length() + " chars, text has " + text.length());
    }
    emphasis = List.copyOf(emphasis);
    footnotes = List.copyOf(footnotes);
    Objects.requireNonNull(sourceMap, "sourceMap");
  }

  /** This document with {@code map} leading its original's positions into the converted file. */
  public Document withSourceMap(SourceMap map) {
    return new Document(source, original, text, offsets, emphasis, footnotes, map, apiRecord);
  }

  /** This document with the API's metadata about it. */
  public Document withRecord(ApiRecord metadata) {
    return new Document(source, original, text, offsets, emphasis, footnotes, sourceMap, metadata);
  }

  /** A document whose text needs no normalisation. */
  public static Document plain(String source, String text) {
    return new Document(
        source, text, text, OffsetMap.identity(text.length()), List.of(), List.of());
  }

  /** The span in the original file's text of a span in the normalised text. */
  public Span originalSpan(Span normalised) {
    return offsets.toOriginal(normalised);
  }

  /**
   * Where the running text ends in {@link #text()}: the footnote bodies, if any, follow after a
   * blank line.
   */
  public int runningTextEnd() {
    int end = text.length();
    for (Footnote f : footnotes) {
      end = Math.min(end, f.body().start());
    }
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return end;
  }

  /** Whether the normalised span lies inside an emphasised (bold/heading) range. */
  public boolean isEmphasised(Span span) {
    for (Span e : emphasis) {
      if (e.contains(span)) {
        return true;
      }
    }
    return false;
  }
}
