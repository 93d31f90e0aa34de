package nl.kamergraaf.ingest.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kamergraaf.ingest.SourceMap;
import org.junit.jupiter.api.Test;

/** What a converter writes is bounded in characters and in paragraphs; past either it stops. */
class ConvertedTextBoundsTest {
  @Test
  void tooManyCharactersStopTheConversion() {
    ConvertedTextWriter out = new ConvertedTextWriter();
    out.paragraph();
    String chunk = "x".repeat(1 << 20);
    BadFileException e =
        assertThrows(
            BadFileException.class,
            () -> {
              for (int i = 0; i <= ConvertedTextWriter.MAX_CHARS / chunk.length(); i++) {
                out.text(chunk, false, SourceMap.Unit.PARAGRAPH, "1", i * chunk.length());
              }
            });
    assertTrue(e.getMessage().contains("characters"), e.getMessage());
  }

  @Test
  void tooManyParagraphsStopTheConversion() {
    ConvertedTextWriter out = new ConvertedTextWriter();
    BadFileException e =
        assertThrows(
            BadFileException.class,
            () -> {
              for (int i = 0; i <= ConvertedTextWriter.MAX_PARAGRAPHS; i++) {
                out.paragraph();
                out.text("a", false, SourceMap.Unit.PARAGRAPH, Integer.toString(i), 0);
              }
            });
    assertTrue(e.getMessage().contains("paragraphs"), e.getMessage());
  }
}
