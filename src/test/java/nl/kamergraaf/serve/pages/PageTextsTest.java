package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The interface texts exist in both languages, key for key, with the same places for values. */
class PageTextsTest {
  private static Properties load(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        PageTexts.class.getResourceAsStream("interface_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void dutchAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties nl = load("nl");
    Properties en = load("en");
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(nl.stringPropertyNames()));
    for (String key : en.stringPropertyNames()) {
      assertEquals(
          en.getProperty(key).split("%s", -1).length,
          nl.getProperty(key).split("%s", -1).length,
          "placeholders of " + key);
    }
  }

  @Test
  void theDefaultIsTheEnglishInterfaceWithDutchNames() {
    assertEquals("nl", PageTexts.DEFAULT.lang());
    assertEquals(
        PageTexts.ENGLISH.text("entity.openSparql"), PageTexts.DEFAULT.text("entity.openSparql"));
    assertNotEquals(
        PageTexts.ENGLISH.text("entity.openSparql"), PageTexts.DUTCH.text("entity.openSparql"));
    assertEquals(
        "Relaties (3 uitgaande, 4 inkomende beweringen)",
        PageTexts.DUTCH.text("entity.relations", 3, 4));
  }
}
