package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamergraaf.extract.entity.TsvTable;
import nl.kamergraaf.extract.model.Relation;
import nl.kamergraaf.ingest.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code relation/cases.tsv}: each case's sentence, extracted as a document of its own, gives
 * (or does not give) the statement the case expects from its rule; every rule of the three relation
 * tables has a case that asserts and one that does not.
 */
class RelationCasesTest {
  private static final String CASES = "/nl/kamergraaf/extract/relation/cases.tsv";
  private static final List<String> RULE_FILES =
      List.of(
          "/nl/kamergraaf/extract/rules/predicates.tsv",
          "/nl/kamergraaf/extract/rules/nominal-predicates.tsv",
          "/nl/kamergraaf/extract/rules/phrase-relations.tsv");
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  static Stream<TsvTable.Row> cases() {
    return TsvTable.load(CASES)
        .require("rule", "expect", "subject", "predicate", "object", "sentence")
        .rows()
        .stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSentenceGivesWhatTheCaseExpects(TsvTable.Row c) {
    CollectedFacts facts =
        CollectedFacts.of(extractor, Document.plain("case.txt", c.get("sentence")));
    String rule = "relation/" + c.get("rule");
    List<Relation> same =
        facts.relations.stream()
            .filter(
                r ->
                    r.provenance().rule().equals(rule)
                        && r.subject().id().equals(c.get("subject"))
                        && r.predicate().equals(c.get("predicate"))
                        && r.object().id().equals(c.get("object")))
            .toList();
    String expect = c.get("expect");
    String shown =
        c.where()
            + " "
            + c.get("sentence")
            + "\n  all statements: "
            + facts.relations.stream()
                .map(
                    r ->
                        r.subject().id()
                            + " "
                            + r.predicate()
                            + "/"
                            + r.modality()
                            + " "
                            + r.object().id()
                            + " ["
                            + r.provenance().rule()
                            + "]")
                .toList();
    if (expect.equals("none")) {
      assertTrue(same.isEmpty(), "expected no statement by " + rule + ": " + shown);
    } else {
      Relation.Modality modality = Relation.Modality.valueOf(expect.toUpperCase(Locale.ROOT));
      assertTrue(
          same.stream().anyMatch(r -> r.modality() == modality),
          "expected "
              + c.get("subject")
              + " "
              + c.get("predicate")
              + " "
              + c.get("object")
              + " as "
              + expect
              + " by "
              + rule
              + ": "
              + shown);
    }
  }

  @Test
  void everyRuleHasACaseThatAssertsAndOneThatDoesNot() {
    Map<String, Set<String>> expectations = new HashMap<>();
    // "proposes-voorstellen/participle" is the frame's participle reading: it counts for its frame
    // too
    cases()
        .forEach(
            c ->
                expectations
                    .computeIfAbsent(c.get("rule"), k -> new TreeSet<>())
                    .add(c.get("expect").equals("asserted") ? "asserted" : "not asserted"));
    Set<String> rules =
        RULE_FILES.stream()
            .flatMap(f -> TsvTable.load(f).rows().stream())
            .map(r -> r.get("id"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> lacking =
        rules.stream()
            .filter(
                r ->
                    !expectations
                        .getOrDefault(r, Set.of())
                        .equals(Set.of("asserted", "not asserted")))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), lacking, "rules without a positive and a negative case");
    Set<String> unknown = new TreeSet<>(expectations.keySet());
    unknown.removeIf(
        r -> r.endsWith("/participle") && rules.contains(r.substring(0, r.indexOf('/'))));
    unknown.removeAll(rules);
    assertEquals(Set.of(), unknown, "cases naming rules no table has");
  }
}
