package nl.kamergraaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
  // "Pagina 1\n\nDe  leden" normalised to "De leden": a copy, a collapsed space, a copy.
  private static final String ORIGINAL = "Pagina 1\n\nDe  leden";

  @Test
  void emptyMapMapsTheOnlyPositionToZero() {
    OffsetMap map = OffsetMap.identity(0);
    assertEquals(0, map.length());
    assertEquals(0, map.toOriginal(0));
    assertEquals(new Span(0, 0), map.toOriginal(new Span(0, 0)));
  }

  @Test
  void identityMapsEveryPositionToItself() {
    OffsetMap map = OffsetMap.identity(ORIGINAL.length());
    for (int i = 0; i <= ORIGINAL.length(); i++) {
      assertEquals(i, map.toOriginal(i));
    }
  }

  @Test
  void copiedRunsAndAnInsertedSpaceMapBack() {
    OffsetMap map = new OffsetMap.Builder().copy(10, 12).insert(1, 12).copy(14, 19).build();
    String text = "De leden";
    assertEquals(text.length(), map.length());
    assertEquals("De", ORIGINAL.substring(10, 12));
    assertEquals(new Span(10, 12), map.toOriginal(new Span(0, 2)));
    assertEquals(new Span(14, 19), map.toOriginal(new Span(3, 8)));
    assertEquals("leden", map.toOriginal(new Span(3, 8)).of(ORIGINAL));
    // The inserted space stands for a point, so a span of just it is empty.
    assertEquals(new Span(12, 12), map.toOriginal(new Span(2, 3)));
    // A span over the whole text covers the dropped double space too.
    assertEquals("De  leden", map.toOriginal(new Span(0, 8)).of(ORIGINAL));
    assertEquals(19, map.toOriginal(8));
  }

  @Test
  void aCopyContinuingThePreviousRunExtendsIt() {
    OffsetMap map = new OffsetMap.Builder().copy(0, 3).copy(3, 6).copy(6, 9).build();
    assertEquals(new Span(2, 8), map.toOriginal(new Span(2, 8)));
    assertEquals(9, map.toOriginal(9));
  }

  @Test
  void endOfTextAfterAnInsertIsTheInsertPoint() {
    OffsetMap map = new OffsetMap.Builder().copy(0, 4).insert(2, 40).build();
    assertEquals(40, map.toOriginal(6));
    assertEquals(40, map.toOriginal(5));
  }

  @Test
  void piecesOutOfOrderGiveAnOrderedSpan() {
    // A footnote body from original [50, 60) written before text from [0, 5).
    OffsetMap map = new OffsetMap.Builder().copy(50, 60).copy(0, 5).build();
    assertEquals(0, map.toOriginal(10));
    assertEquals(new Span(2, 58), map.toOriginal(new Span(8, 12)));
  }

  @Test
  void manyPiecesStayExact() {
    OffsetMap.Builder b = new OffsetMap.Builder();
    for (int i = 0; i < 1000; i++) {
      b.copy(i * 10, i * 10 + 5); // 5 chars kept, 5 dropped
      b.insert(1, i * 10 + 5); // one synthetic char for them
    }
    OffsetMap map = b.build();
    assertEquals(6000, map.length());
    assertEquals(9993, map.toOriginal(5997));
    assertEquals(new Span(9990, 9995), map.toOriginal(new Span(5994, 5999)));
  }

  @Test
  void positionsOutsideTheTextAreRejected() {
    OffsetMap map = OffsetMap.identity(5);
    assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginal(6));
    assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginal(-1));
  }

  @Test
  void badPiecesAreRejected() {
    OffsetMap.Builder b = new OffsetMap.Builder();
    assertThrows(IllegalArgumentException.class, () -> b.copy(5, 3));
    assertThrows(IllegalArgumentException.class, () -> b.copy(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> b.insert(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> b.insert(1, -3));
    assertEquals(0, b.length());
  }
}
