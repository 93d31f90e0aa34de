package nl.kamergraaf.eval;

import static nl.kamergraaf.eval.PerfectRows.DOC_002;
import static nl.kamergraaf.eval.PerfectRows.DOC_004;
import static nl.kamergraaf.eval.PerfectRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluator on the real gold files, against rows built from that gold and then altered. */
class EvaluatorTest {
  private final List<GoldDocument> gold = PerfectRows.gold();
  private final Map<ContractQuery, List<Map<String, String>>> rows = PerfectRows.of(gold);

  private Report evaluate() {
    return new Evaluator(gold).evaluate(PerfectRows.facts(rows));
  }

  @Test
  void theGoldItselfScoresOneEverywhereWithTheItemCountsOfTheGoldFiles() {
    Report report = evaluate();
    Map<Category, Integer> expected =
        Map.ofEntries(
            Map.entry(Category.DOCUMENT, 6),
            Map.entry(Category.QUESTIONS, 10),
            Map.entry(Category.ANSWERED_BY, 10),
            Map.entry(Category.FRACTIONS, 4),
            Map.entry(Category.COUNTRIES, 18),
            Map.entry(Category.PERSONS, 9),
            Map.entry(Category.PROGRAMS, 35),
            Map.entry(Category.ORGANIZATIONS, 27),
            Map.entry(Category.QUESTION_MENTIONS, 76),
            Map.entry(Category.AMOUNTS, 5),
            Map.entry(Category.PERCENTAGES, 6),
            Map.entry(Category.AMOUNT_PROGRAMS, 3),
            Map.entry(Category.AMOUNT_GIVERS, 5),
            Map.entry(Category.PERCENTAGE_SUBJECTS, 7),
            Map.entry(Category.RELATIONS, 60),
            Map.entry(Category.ANSWER_MENTIONS, 0),
            Map.entry(Category.ROLES, 8));
    for (Category category : Category.values()) {
      assertEquals(
          new Counts(expected.get(category), 0, 0), report.counts(category), category.label());
      if (expected.get(category) > 0) {
        assertEquals(1.0, report.counts(category).f1().getAsDouble(), category.label());
      }
    }
    assertEquals(List.of(DOC_002, DOC_004), report.evaluated());
    assertEquals(List.of(), report.findings());
  }

  @Test
  void aDroppedQuestionIsMissedForItsFractieAndForWhoAnswers() {
    rows.get(ContractQuery.QUESTIONS).removeIf(r -> r.get("number").equals("3"));
    Report report = evaluate();
    assertEquals(new Counts(9, 0, 1), report.counts(Category.QUESTIONS));
    assertEquals(0.9, report.counts(Category.QUESTIONS).recall().getAsDouble(), 1e-12);
    assertEquals(1.0, report.counts(Category.QUESTIONS).precision().getAsDouble());
    assertEquals(18.0 / 19.0, report.counts(Category.QUESTIONS).f1().getAsDouble(), 1e-12);
    assertEquals(new Counts(9, 0, 1), report.counts(Category.ANSWERED_BY));
    assertEquals(
        List.of(
            new Finding(
                Category.QUESTIONS, DOC_004, Finding.Kind.MISSED, "question 3: fractie NSC")),
        report.findings(Category.QUESTIONS));
    assertEquals(new Counts(76, 0, 0), report.counts(Category.QUESTION_MENTIONS));
  }

  @Test
  void aWrongFractieIsOneMissAndOneSpuriousItem() {
    rows.get(ContractQuery.QUESTIONS).stream()
        .filter(r -> r.get("number").equals("5"))
        .forEach(r -> r.put("fraction", "Volt"));
    Report report = evaluate();
    assertEquals(new Counts(9, 1, 1), report.counts(Category.QUESTIONS));
    assertEquals(
        List.of("question 5: fractie SGP", "question 5: fractie Volt"),
        report.findings(Category.QUESTIONS).stream().map(Finding::item).toList());
    assertEquals(new Counts(10, 0, 0), report.counts(Category.ANSWERED_BY));
  }

  @Test
  void aLabelOfAnEntityOutsideTheDocumentStillWidensThroughLabels() {
    // "Minister" alone is not the gold's "Minister van Defensie", unless labels.rq says that
    // both name one entity; that entity (a role) is not among the document's entities.
    rows.get(ContractQuery.QUESTIONS).stream()
        .filter(r -> r.get("number").equals("2"))
        .forEach(r -> r.put("answeredBy", "Minister"));
    assertEquals(new Counts(9, 1, 1), evaluate().counts(Category.ANSWERED_BY));
    rows.get(ContractQuery.LABELS).add(row("entity", "urn:x:role", "label", "Minister"));
    rows.get(ContractQuery.LABELS)
        .add(row("entity", "urn:x:role", "label", "Minister van Defensie"));
    assertEquals(new Counts(10, 0, 0), evaluate().counts(Category.ANSWERED_BY));
  }

  @Test
  void aSpuriousCountryLowersPrecisionOnly() {
    rows.get(ContractQuery.ENTITIES)
        .add(row("source", DOC_002, "entity", "urn:x:fr", "type", "Country", "label", "Frankrijk"));
    Counts countries = evaluate().counts(Category.COUNTRIES);
    assertEquals(new Counts(18, 1, 0), countries);
    assertEquals(18.0 / 19.0, countries.precision().getAsDouble(), 1e-12);
    assertEquals(1.0, countries.recall().getAsDouble());
  }

  @Test
  void namesMatchWithoutAccentsAndThroughGoldAliasesAndSystemLabels() {
    String ua = PerfectRows.iri(DOC_002, "Country", "Oekraïne");
    rows.get(ContractQuery.ENTITIES).removeIf(r -> r.get("entity").equals(ua));
    rows.get(ContractQuery.LABELS).removeIf(r -> r.get("entity").equals(ua));
    Report base = evaluate();
    assertEquals(new Counts(17, 0, 1), base.counts(Category.COUNTRIES));

    // No diaeresis, no alternative labels: folding alone makes "Oekraine" equal "Oekraïne".
    rows.get(ContractQuery.ENTITIES)
        .add(row("source", DOC_002, "entity", "urn:x:ua", "type", "Country", "label", "Oekraine"));
    assertEquals(new Counts(18, 0, 0), evaluate().counts(Category.COUNTRIES));

    // An English label matches through an alternative name from labels.rq.
    rows.get(ContractQuery.ENTITIES)
        .get(rows.get(ContractQuery.ENTITIES).size() - 1)
        .put("label", "Ukraine");
    assertEquals(new Counts(17, 1, 1), evaluate().counts(Category.COUNTRIES));
    rows.get(ContractQuery.LABELS).add(row("entity", "urn:x:ua", "label", "OEKRAÏNE"));
    assertEquals(new Counts(18, 0, 0), evaluate().counts(Category.COUNTRIES));
  }

  @Test
  void eachSystemEntityMatchesAtMostOneGoldEntityAndOnlyInItsOwnType() {
    rows.get(ContractQuery.ENTITIES)
        .add(
            row(
                "source",
                DOC_002,
                "entity",
                "urn:x:nl-adj",
                "type",
                "Country",
                "label",
                "Nederlandse"));
    rows.get(ContractQuery.ENTITIES).removeIf(r -> r.get("label").equals("NAVO"));
    rows.get(ContractQuery.ENTITIES)
        .add(row("source", DOC_004, "entity", "urn:x:navo", "type", "Country", "label", "NAVO"));
    Report report = evaluate();
    assertEquals(new Counts(18, 2, 0), report.counts(Category.COUNTRIES));
    assertEquals(new Counts(25, 0, 2), report.counts(Category.ORGANIZATIONS));
    assertEquals(
        List.of(
            "spurious " + DOC_002 + " Nederlandse <urn:x:nl-adj>",
            "spurious " + DOC_004 + " NAVO <urn:x:navo>"),
        report.findings(Category.COUNTRIES).stream()
            .map(f -> f.kind().label() + " " + f.doc() + " " + f.item())
            .toList());
  }

  @Test
  void personsMatchOnlyByNamesTheGoldLists() {
    String ollongren = PerfectRows.iri(DOC_002, "Person", "K.H. Ollongren");
    String umerov = PerfectRows.iri(DOC_002, "Person", "Umerov");
    rows.get(ContractQuery.LABELS)
        .removeIf(r -> r.get("entity").equals(ollongren) || r.get("entity").equals(umerov));
    rows.get(ContractQuery.ENTITIES)
        .forEach(
            r -> {
              if (r.get("entity").equals(ollongren)) {
                r.put("label", "Ollongren"); // a gold alias
              } else if (r.get("entity").equals(umerov)) {
                r.put("label", "Rustem Umerov"); // not in the gold
              }
            });
    Report report = evaluate();
    assertEquals(new Counts(8, 1, 1), report.counts(Category.PERSONS));
  }

  @Test
  void documentFieldsFoldSpacesAndCaseAndAnAbsentGoldValueWantsNone() {
    rows.get(ContractQuery.DOCUMENTS)
        .forEach(
            r -> {
              if (r.get("source").equals(DOC_002)) {
                r.put("kind", "Brief");
                r.put("date", "2024-02-07");
              } else {
                r.put("identifier", "28 676-552");
              }
            });
    Report report = evaluate();
    assertEquals(new Counts(4, 2, 1), report.counts(Category.DOCUMENT));
    assertEquals(
        List.of(
            "missed date: 2024-02-06",
            "spurious date: 2024-02-07",
            "spurious identifier: 28 676-552"),
        report.findings(Category.DOCUMENT).stream()
            .map(f -> f.kind().label() + " " + f.item())
            .toList());
  }

  @Test
  void amountsAndPercentagesCompareAsNumbersAndCountEachValueOncePerDocument() {
    rows.get(ContractQuery.AMOUNTS)
        .forEach(
            r -> {
              if (r.get("value").equals("1150000000")) {
                r.put("value", "1.15E9");
              } else if (r.get("value").equals("5000000000")) {
                r.put("currency", "USD");
              } else {
                r.put("currency", "eur");
              }
            });
    rows.get(ContractQuery.AMOUNTS)
        .add(
            row(
                "source",
                DOC_002,
                "value",
                "87000000.00",
                "currency",
                "EUR",
                "subject",
                "Nederland"));
    rows.get(ContractQuery.PERCENTAGES)
        .forEach(r -> r.put("value", new BigDecimal(r.get("value")).setScale(2).toPlainString()));
    rows.get(ContractQuery.PERCENTAGES).removeIf(r -> r.get("value").equals("3.50"));
    rows.get(ContractQuery.PERCENTAGES).add(row("source", DOC_004, "value", "3.50"));
    Report report = evaluate();
    // 87000000.00 EUR states a sum already found: the same fact, neither new nor spurious.
    assertEquals(new Counts(4, 1, 1), report.counts(Category.AMOUNTS));
    assertEquals(
        List.of(
            "missed 5000000000 EUR (\"5 mld. euro\")",
            "spurious 5000000000 USD [subject=EU, program=UAF]"),
        report.findings(Category.AMOUNTS).stream()
            .map(f -> f.kind().label() + " " + f.item())
            .toList());
    // The gold states 3.5% twice (NAVO 2035, Duitsland 2030): one value of the document.
    assertEquals(new Counts(6, 0, 0), report.counts(Category.PERCENTAGES));
  }

  @Test
  void whatAnAmountIsTiedToIsScoredAsDistinctPairsOfValueAndName() {
    rows.get(ContractQuery.AMOUNTS)
        .forEach(
            r -> {
              if (r.get("value").equals("5000000000")) {
                r.put("subject", "Nederland"); // the EU gives it, not the Netherlands
                r.put("program", "Ukraine Assistance Fund"); // an alias the gold lists for the UAF
              } else if (r.get("value").equals("87000000")) {
                r.remove("program");
              } else if (r.get("value").equals("260000000")) {
                r.put("program", "Duits geleide inkoopproject"); // the gold ties it to no programme
              }
            });
    // the answer restates the 87 million: one pair, counted once
    rows.get(ContractQuery.AMOUNTS)
        .add(
            row("source", DOC_002, "value", "87000000", "currency", "EUR", "subject", "Nederland"));
    rows.get(ContractQuery.PERCENTAGES).removeIf(r -> "Duitsland".equals(r.get("subject")));
    Report report = evaluate();
    assertEquals(new Counts(2, 1, 1), report.counts(Category.AMOUNT_PROGRAMS));
    assertEquals(
        List.of(
            "missed 87000000 -> Duits geleide inkoopproject",
            "spurious 260000000 -> Duits geleide inkoopproject"),
        report.findings(Category.AMOUNT_PROGRAMS).stream()
            .map(f -> f.kind().label() + " " + f.item())
            .toList());
    assertEquals(new Counts(4, 1, 1), report.counts(Category.AMOUNT_GIVERS));
    assertEquals(new Counts(6, 0, 1), report.counts(Category.PERCENTAGE_SUBJECTS));
  }

  @Test
  void questionMentionsMatchThroughGoldAliases() {
    rows.get(ContractQuery.QUESTION_MENTIONS)
        .forEach(
            r -> {
              if (r.get("number").equals("1") && r.get("label").equals("NAVO")) {
                r.put("label", "NATO");
              } else if (r.get("number").equals("1")
                  && r.get("label").equals("Ministerie van Defensie")) {
                r.put("label", "Defensie");
              } else if (r.get("number").equals("2") && r.get("label").equals("Kroatië")) {
                r.put("label", "Griekenland");
              }
            });
    Report report = evaluate();
    assertEquals(new Counts(75, 1, 1), report.counts(Category.QUESTION_MENTIONS));
    assertEquals(
        List.of("question 2: mentions Kroatië", "question 2: mentions Griekenland"),
        report.findings(Category.QUESTION_MENTIONS).stream().map(Finding::item).toList());
  }

  @Test
  void relationsMatchEndsByAnyNameAndThePredicateExactly() {
    rows.get(ContractQuery.RELATIONS)
        .forEach(
            r -> {
              if (r.get("subject").equals("K.H. Ollongren")
                  && r.get("predicate").equals("holds-role")) {
                r.put("subject", "Ollongren");
              } else if (r.get("subject").equals("EU") && r.get("object").equals("EUMAM")) {
                r.put("object", "EU Military Assistance Mission");
              } else if (r.get("subject").equals("Polen") && r.get("predicate").equals("hosts")) {
                r.put("predicate", "leads");
              }
            });
    Report report = evaluate();
    assertEquals(new Counts(59, 1, 1), report.counts(Category.RELATIONS));
    assertEquals(
        List.of("Polen --hosts--> NSATU", "Polen --leads--> NSATU"),
        report.findings(Category.RELATIONS).stream().map(Finding::item).toList());
  }

  @Test
  void aRoleAndItsOrganisationReachedThroughTheRoleAreOneFact() {
    rows.get(ContractQuery.RELATIONS)
        .removeIf(
            r -> r.get("subject").equals("van Weel") && r.get("predicate").equals("holds-role"));
    String post = "plaatsvervangend secretaris-generaal van de NAVO";
    rows.get(ContractQuery.RELATIONS)
        .add(
            row(
                "source",
                DOC_002,
                "subject",
                "van Weel",
                "predicate",
                "holds-role",
                "object",
                post));
    rows.get(ContractQuery.RELATIONS)
        .add(
            row(
                "source",
                DOC_002,
                "subject",
                "van Weel",
                "predicate",
                "holds-role",
                "object",
                "NAVO",
                "via",
                post));
    Report report = evaluate();
    assertEquals(
        new Counts(60, 0, 0),
        report.counts(Category.RELATIONS),
        "the gold's 'van Weel holds-role NAVO'");
    assertEquals(new Counts(8, 0, 0), report.counts(Category.ROLES));
    // Without ?via the two rows are two facts, one of them spurious.
    rows.get(ContractQuery.RELATIONS).forEach(r -> r.remove("via"));
    assertEquals(new Counts(60, 1, 0), evaluate().counts(Category.RELATIONS));
  }

  @Test
  void aRoleMatchesByTheRoleTheOrganisationOrThePersonsAffiliation() {
    rows.get(ContractQuery.RELATIONS).stream()
        .filter(r -> r.get("predicate").equals("holds-role"))
        .forEach(
            r -> {
              if (r.get("subject").equals("K.H. Ollongren")) {
                r.put("object", "Ministerie van Defensie"); // the gold gives it as her affiliation
              } else if (r.get("subject").equals("Lacroix")) {
                r.put("object", "Under-Secretary-General"); // the gold names his role "USG" with VN
              } else if (r.get("subject").equals("Piri")) {
                r.put("object", "Europees Parlement"); // not hers
              }
            });
    Report report = evaluate();
    assertEquals(new Counts(7, 1, 1), report.counts(Category.ROLES));
    assertEquals(
        List.of("Piri --holds-role--> Tweede Kamer", "Piri --holds-role--> Europees Parlement"),
        report.findings(Category.ROLES).stream().map(Finding::item).toList());
    assertEquals(
        new Counts(57, 3, 3),
        report.counts(Category.RELATIONS),
        "relations keep their names exact");
  }

  @Test
  void goldDocumentsWithoutAnySystemFactAreSkippedNotCountedAsMissed() {
    rows.values().forEach(list -> list.removeIf(r -> DOC_002.equals(r.get("source"))));
    Report report = evaluate();
    assertEquals(List.of(DOC_004), report.evaluated());
    assertEquals(List.of(DOC_002), report.skipped());
    assertEquals(new Counts(3, 0, 0), report.counts(Category.DOCUMENT));
    assertEquals(new Counts(8, 0, 0), report.counts(Category.COUNTRIES));
    assertTrue(report.counts(Category.PERCENTAGES).precision().isPresent());
  }
}
