package nl.kamergraaf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the real gold files, and the errors for broken ones. */
class GoldLoaderTest {

  @Test
  void readsBothGoldFilesIgnoringFieldsOutsideTheModel() {
    List<GoldDocument> gold = GoldLoader.load(PerfectRows.GOLD_DIR);
    assertEquals(
        List.of(PerfectRows.DOC_002, PerfectRows.DOC_004),
        gold.stream().map(GoldDocument::doc).toList());
    GoldDocument doc004 = gold.get(1);
    assertNull(doc004.document().identifier());
    assertEquals("beantwoording schriftelijk overleg", doc004.document().kind());
    assertEquals(List.of("Brekelmans"), doc004.persons().get(0).aliases());
    assertEquals("Ruben Brekelmans", doc004.persons().get(0).label());
    GoldDocument.Question q9 = doc004.questions().get(8);
    assertEquals(9, q9.number());
    assertEquals("Volt", q9.fraction());
    assertEquals("Minister van Defensie", q9.answeredBy());
    assertEquals(List.of("NAVO", "EU", "European Drone Wall", "kabinet"), q9.mentions());
    assertEquals(0, new BigDecimal("1.5").compareTo(doc004.percentages().get(2).value()));
    assertEquals(new BigDecimal("1150000000"), doc004.amounts().get(0).value());
    assertEquals(new GoldDocument.Relation("Polen", "hosts", "NSATU"), doc004.relations().get(3));
    assertEquals("2024-02-06", gold.get(0).document().date());
  }

  @Test
  void skipsFilesThatAreNotJson(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("SCHEMA.md"), "# not gold");
    Files.writeString(dir.resolve("a.json"), "{\"doc\": \"a.txt\"}");
    List<GoldDocument> gold = GoldLoader.load(dir);
    assertEquals(1, gold.size());
    assertEquals(List.of(), gold.get(0).questions());
    assertNull(gold.get(0).document().date());
  }

  @Test
  void malformedJsonIsReportedWithFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\n  \"doc\": \"x.txt\",\n  \"persons\": [ {\"name\": \"A\" ]\n}\n");
    EvalException e = assertThrows(EvalException.class, () -> GoldLoader.load(dir));
    assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
  }

  @Test
  void aValueOfTheWrongTypeIsReportedWhereItIs(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"doc\": \"x.txt\",\n \"questions\": [{\"number\": \"één\"}]}\n");
    EvalException e = assertThrows(EvalException.class, () -> GoldLoader.load(dir));
    assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
  }

  @Test
  void aFileWithoutDocIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("nodoc.json"), "{\"persons\": []}");
    EvalException e = assertThrows(EvalException.class, () -> GoldLoader.load(dir));
    assertTrue(e.getMessage().contains("no \"doc\" field"), e.getMessage());
  }

  @Test
  void aMissingDirectoryIsRefused(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    EvalException e = assertThrows(EvalException.class, () -> GoldLoader.load(missing));
    assertTrue(e.getMessage().startsWith(missing + ": not a directory"), e.getMessage());
  }
}
