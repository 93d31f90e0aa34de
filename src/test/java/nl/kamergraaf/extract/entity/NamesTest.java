package nl.kamergraaf.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Names#normalise} skips its regex and Normalizer for plain text, and {@link
 * Names#firstPiece} works without regex; both give what the regular expressions give.
 */
class NamesTest {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern PIECE_BREAK = Pattern.compile("[ /-]");

  /** What firstPiece did with regular expressions. */
  private static String referencePiece(String name) {
    String[] parts = PIECE_BREAK.split(Names.fold(name).strip(), 2);
    return NOT_ALNUM.matcher(parts.length == 0 ? "" : parts[0]).replaceAll("");
  }

  /** What normalise does, without its shortcut. */
  private static String reference(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFC)
            .replace('’', '\'')
            .replace('‘', '\'')
            .replace('‐', '-')
            .replace('‑', '-')
            .replace('–', '-');
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }

  @Test
  void givesWhatTheFullNormalisationGives() {
    String[] names = {
      "",
      " ",
      "NAVO",
      "Minister van Defensie",
      "F-35",
      " EU",
      "EU ",
      "a  b",
      "a\tb",
      "a\nb",
      "e\u0301",
      "Oekraïne",
      "Oekrai\u0308ne",
      "d’Hondt",
      "d‘H",
      "NAVO‐top",
      "a\u00A0b",
      "\u001Cx",
      "x\u001F",
      "\u2003x",
      "a\u007Fb",
      "Ærø",
      "ǅ",
      "ʼn",
      "(counter)-drone",
      "-NAVO",
      "/x",
      "F-35",
      "½-Ⅻ",
      "\uD835\uDC00b",
      "\uD800x",
      "'s-Hertogenbosch",
      "“EU”"
    };
    for (String n : names) {
      assertEquals(reference(n), Names.normalise(n), "normalise(\"" + n + "\")");
      assertEquals(reference(n).toLowerCase(Locale.ROOT), Names.fold(n), "fold");
      assertEquals(referencePiece(n), Names.firstPiece(n), "firstPiece(\"" + n + "\")");
    }
  }

  @Test
  void givesWhatTheFullNormalisationGivesOnRandomText() {
    char[] alphabet =
        " \t\n\u000B\f\r\u001Caz AZ09-/'’‘‐‑–\u00A0\u00E9\u0301\u0308\u02FF\u0300\u2003ÿĀž½Ⅻ()\uD835"
            .toCharArray();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String n = sb.toString();
      assertEquals(reference(n), Names.normalise(n), "normalise(\"" + n + "\")");
      assertEquals(referencePiece(n), Names.firstPiece(n), "firstPiece(\"" + n + "\")");
    }
  }
}
