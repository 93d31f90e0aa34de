package nl.kamergraaf.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kamergraaf.extract.ExtractException;
import org.junit.jupiter.api.Test;

class RuleFileTest {
  @Test
  void linesLeaveOutCommentsAndBlanksAndKeepTheirNumbers() {
    List<RuleFile.Line> lines = RuleFile.rules("test-lines.txt").lines();

    assertEquals(List.of(3, 5), lines.stream().map(RuleFile.Line::number).toList());
    assertEquals("first\tline", lines.get(0).text());
    assertEquals("Oekraïne", lines.get(1).stripped());
    assertEquals(RuleFile.RULES + "test-lines.txt:5", lines.get(1).where());
  }

  @Test
  void propertiesAreReadAsUtf8() {
    assertEquals("Oekraïne", RuleFile.rules("test.properties").properties().getProperty("name"));
  }

  @Test
  void aMissingFileIsAnExtractionErrorThatNamesIt() {
    ExtractException e =
        assertThrows(ExtractException.class, () -> RuleFile.rules("no-such-file.tsv").lines());
    assertTrue(
        e.getMessage().startsWith(RuleFile.RULES + "no-such-file.tsv is not on the classpath"),
        e.getMessage());
  }

  @Test
  void aPathMustStartAtTheRoot() {
    assertThrows(IllegalArgumentException.class, () -> RuleFile.at("gazetteer/persons.tsv"));
  }
}
