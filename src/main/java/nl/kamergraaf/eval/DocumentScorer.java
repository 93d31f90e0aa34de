package nl.kamergraaf.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Scores a document's identifier, kind and date, each one item.
 *
 * <p>Where the gold has no value the system should give none: no value counts as correct, a value
 * as spurious. Identifiers are compared without spaces ("21 501-28" = "21501-28"), kinds without
 * case and accents, dates exactly.
 */
final class DocumentScorer implements Scorer {

  private enum Field {
    IDENTIFIER(
        "identifier",
        GoldDocument.Header::identifier,
        s -> s.replaceAll("[\\s\\p{Z}]+", "").toLowerCase(Locale.ROOT)),
    KIND("kind", GoldDocument.Header::kind, NameFolding::fold),
    DATE("date", GoldDocument.Header::date, String::trim);

    final String variable;
    final Function<GoldDocument.Header, String> gold;
    final UnaryOperator<String> folding;

    Field(
        String variable,
        Function<GoldDocument.Header, String> gold,
        UnaryOperator<String> folding) {
      this.variable = variable;
      this.gold = gold;
      this.folding = folding;
    }
  }

  @Override
  public void score(GoldDocument gold, DocFacts system, Tally tally) {
    for (Field field : Field.values()) {
      // Folded value -> value as the query gave it, for the error list.
      Map<String, String> given = new LinkedHashMap<>();
      for (Map<String, String> row : system.rows(ContractQuery.DOCUMENTS)) {
        String value = row.get(field.variable);
        if (value != null && !value.isBlank()) {
          given.putIfAbsent(field.folding.apply(value), value);
        }
      }
      String expected = field.gold.apply(gold.document());
      String foldedExpected = expected == null ? null : field.folding.apply(expected);
      if (foldedExpected == null ? given.isEmpty() : given.containsKey(foldedExpected)) {
        tally.correct(Category.DOCUMENT);
      } else if (expected != null) {
        tally.missed(Category.DOCUMENT, gold.doc(), field.variable + ": " + expected);
      }
      given.forEach(
          (folded, value) -> {
            if (!folded.equals(foldedExpected)) {
              tally.spurious(Category.DOCUMENT, gold.doc(), field.variable + ": " + value);
            }
          });
    }
  }
}
