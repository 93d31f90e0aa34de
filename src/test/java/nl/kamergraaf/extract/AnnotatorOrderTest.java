package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.Annotator.Layer;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.ingest.api.People;
import org.junit.jupiter.api.Test;

/** The extractor's annotators find what they require made before them. */
class AnnotatorOrderTest {
  @Test
  void theStandardAnnotatorsAreInAnOrderThatWorks() {
    assertDoesNotThrow(
        () -> Annotator.checkOrder(Annotators.standard(Gazetteer.load(), People.NONE)));
  }

  @Test
  void anAnnotatorBeforeWhatItRequiresIsRefusedByName() {
    Annotator tokens = Annotator.of("tokens", Set.of(), Set.of(Layer.TOKENS), a -> {});
    Annotator mentions =
        Annotator.of("entities", Set.of(Layer.TOKENS), Set.of(Layer.MENTIONS), a -> {});
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Annotator.checkOrder(List.of(mentions, tokens)));
    assertTrue(e.getMessage().contains("'entities' requires [TOKENS]"), e.getMessage());
  }
}
