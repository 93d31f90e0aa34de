package nl.kamergraaf.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the decoded text of a file into the text extraction works on: one paragraph per line,
 * paragraphs separated by a line break or one blank line, markup and page furniture gone, footnote
 * bodies moved behind the running text, and an offset map back to the original.
 *
 * <p>Handles the three conversion styles of the corpus in one pass (after a quick look at the whole
 * text, see {@link LayoutProfile}): Markdown (stars, headings, rules, {@code <sup>} footnotes),
 * Word conversions ({@code [image: ]}, {@code [footnoteRef:N]} with inline bodies, tab-indented
 * letterheads) and wrapped PDF text (lines joined into paragraphs, split words joined). Bold and
 * heading ranges are kept as {@link Document#emphasis()}. Text is otherwise left as it is: quotes,
 * dashes and case are not touched.
 *
 * <pre>
 * Document doc = new Normaliser().normalise("003.txt", decodedText);
 * doc.text();                                   // normalised
 * doc.originalSpan(new Span(0, 11));            // where its first 11 chars stood
 * </pre>
 *
 * <p>Linear in the text length; only the current and the previous line are held apart from the
 * output. Instances are immutable and can be shared between threads.
 */
public final class Normaliser {
  private final Hyphenation hyphenation = new Hyphenation();
  private final PageFurniture furniture = new PageFurniture();

  /** Normalises {@code original}, the decoded text of file {@code source}. */
  public Document normalise(String source, String original) {
    LayoutProfile profile = LayoutProfile.of(original);
    LineCleaner cleaner = new LineCleaner(original, profile.supDefinitions());
    LineJoins joins = new LineJoins(profile, hyphenation);
    MappedTextWriter out = new MappedTextWriter(original);
    Notes notes = new Notes();
    CleanLine pending = null;
    boolean gap = false;
    Lines lines = new Lines(original);
    while (lines.advance()) {
      CleanLine line = cleaner.clean(lines.start(), lines.end());
      line.bodies().forEach(b -> notes.body(b.label(), b.text()));
      if (line.kind() == CleanLine.Kind.DEFINITION) {
        notes.body(line.label(), line);
        gap = true;
      } else if (line.kind() == CleanLine.Kind.RULE
          || line.length() == 0
          || furniture.matches(line.text(), profile.wrapped())) {
        gap = true;
      } else {
        if (pending != null) {
          writeJoined(out, notes, pending, joins.decide(pending, gap, line));
        }
        pending = line;
        gap = false;
      }
    }
    if (pending != null) {
      notes.markers(pending, out.write(pending, 0, pending.length()), pending.length());
    }
    List<Footnote> footnotes = notes.write(out, original.length());
    return new Document(source, original, out.text(), out.offsets(), out.emphasis(), footnotes);
  }

  private static void writeJoined(
      MappedTextWriter out, Notes notes, CleanLine line, LineJoins.Join join) {
    int length = line.length() - (join == LineJoins.Join.WITHOUT_HYPHEN ? 1 : 0);
    notes.markers(line, out.write(line, 0, length), length);
    switch (join) {
      case NEWLINE -> out.separator("\n", line.lineEnd());
      case BLANK_LINE -> out.separator("\n\n", line.lineEnd());
      case SPACE, SUSPENDED_HYPHEN -> out.space(line.lineEnd());
      case WITHOUT_HYPHEN, WITH_HYPHEN -> {
        // the next line follows directly
      }
    }
  }

  /** Footnote markers as they are written, bodies until the running text is done. */
  private static final class Notes {
    private final Map<String, Deque<Integer>> markers = new HashMap<>();
    private final List<CleanLine.Body> bodies = new ArrayList<>();

    void body(String label, CleanLine text) {
      bodies.add(new CleanLine.Body(label, text));
    }

    void markers(CleanLine line, int base, int written) {
      for (CleanLine.Marker m : line.markers()) {
        markers
            .computeIfAbsent(m.label(), k -> new ArrayDeque<>())
            .add(base + Math.min(m.at(), written));
      }
    }

    /** Writes the bodies after the text, one per line, and pairs them with their markers. */
    List<Footnote> write(MappedTextWriter out, int originalEnd) {
      List<Footnote> footnotes = new ArrayList<>();
      int previousEnd = originalEnd;
      for (int i = 0; i < bodies.size(); i++) {
        CleanLine.Body body = bodies.get(i);
        if (out.position() > 0) {
          out.separator(i == 0 ? "\n\n" : "\n", previousEnd);
        }
        previousEnd = body.text().lineEnd();
        int start = out.write(body.text(), 0, body.text().length());
        Span bodySpan = new Span(start, out.position());
        Deque<Integer> waiting = markers.get(body.label());
        // A body without a marker gets an empty marker span where the body starts.
        int marker = waiting == null || waiting.isEmpty() ? start : waiting.poll();
        footnotes.add(new Footnote(body.label(), new Span(marker, marker), bodySpan));
      }
      return footnotes;
    }
  }
}
