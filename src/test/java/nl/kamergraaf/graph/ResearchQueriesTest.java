package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamergraaf.eval.ContractQueries;
import nl.kamergraaf.serve.limits.QueryCost;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The research questions of docs/research-questions.md (queries/research/): each query states its
 * question and columns, runs in the server's fast lane and answers on the bundled corpus; and the
 * answers checked right against the text stay so.
 */
@Tag("slow") // every research query on the built corpus
class ResearchQueriesTest {
  private static final String FOLDER = "/queries/research/";

  static Stream<Path> queries() throws IOException {
    return Files.list(Path.of("queries/research"))
        .filter(p -> p.toString().endsWith(".rq"))
        .sorted();
  }

  private static List<Map<String, String>> rows(String name) {
    return ContractQueries.run(DatasetFactory.wrap(BundledCorpus.dataset()), FOLDER, name);
  }

  @ParameterizedTest
  @MethodSource("queries")
  void statesItsQuestionAndColumnsAndAnswers(Path query) throws IOException {
    String text = Files.readString(query);
    String name = query.getFileName().toString().replace(".rq", "");
    assertTrue(
        text.startsWith("# " + name + ".rq — "), query + " opens with its name and question");
    assertTrue(text.contains("# Columns:"), query + " lists its columns");
    assertFalse(QueryCost.isExpensive(QueryFactory.create(text)), query + " runs in the fast lane");
    assertFalse(rows(name).isEmpty(), query + " answers on the bundled corpus");
  }

  @Test
  void questionsPerFractieAsThePapersNumberThem() {
    Map<String, String> counts =
        rows("02-questions-per-fractie").stream()
            .collect(
                Collectors.toMap(
                    r -> r.get("source").substring(0, 3) + " " + r.get("fraction"),
                    r -> r.get("questions") + " " + r.get("chamber")));
    assertEquals(
        Map.ofEntries(
            Map.entry("000 BBB", "3 Eerste Kamer"),
            Map.entry("000 GroenLinks-PvdA", "11 Eerste Kamer"),
            Map.entry("001 PVV", "1 Tweede Kamer"),
            Map.entry("001 Groep Markuszower", "8 Tweede Kamer"),
            Map.entry("001 BBB", "6 Tweede Kamer"),
            Map.entry("003 D66", "9 Tweede Kamer"),
            Map.entry("003 GroenLinks-PvdA", "7 Tweede Kamer"),
            Map.entry("003 PVV", "9 Tweede Kamer"),
            Map.entry("003 CDA", "14 Tweede Kamer"),
            Map.entry("003 BBB", "8 Tweede Kamer"),
            Map.entry("004 NSC", "4 Tweede Kamer"),
            Map.entry("004 SGP", "3 Tweede Kamer"),
            Map.entry("004 Volt", "3 Tweede Kamer")),
        counts);
  }

  @Test
  void aMeetingIsNoProgrammeAFractieAsksAbout() {
    // 003 "tijdens de DMM" (questions 26, 44): the Defence Ministers Meeting
    assertTrue(
        rows("03-programmes-asked-about").stream().noneMatch(r -> "DMM".equals(r.get("program"))));
    assertTrue(
        rows("04-question-or-answer").stream().noneMatch(r -> "DMM".equals(r.get("program"))));
  }

  @Test
  void theMeetingsOfTheLettersHaveTheirPlace() {
    // 003 and 004: "de bijeenkomst van NAVO ministers van Defensie (DMM) op 18 juni / 15 oktober
    // a.s. in Brussel"
    for (String paper : List.of("002", "003", "004")) {
      assertTrue(
          rows("17-meetings").stream()
              .anyMatch(r -> r.get("source").startsWith(paper) && "Brussel".equals(r.get("place"))),
          paper);
    }
  }

  @Test
  void eachProgrammeTotalCountsEverySumOnce() {
    // the UAF's € 5 billion is named in 000 and 002: one sum; the Oekraïne Reserve's is per year
    Map<String, Map<String, String>> byProgram =
        rows("06-totals-per-programme").stream()
            .collect(
                Collectors.toMap(
                    r -> r.get("program") + " " + r.getOrDefault("period", ""), r -> r));
    assertEquals("1", byProgram.get("UAF 2024").get("amounts"));
    assertEquals(
        0,
        new BigDecimal("5000000000")
            .compareTo(new BigDecimal(byProgram.get("UAF 2024").get("total"))));
    assertEquals("true", byProgram.get("Oekraïne Reserve ").get("perYear"));
  }
}
