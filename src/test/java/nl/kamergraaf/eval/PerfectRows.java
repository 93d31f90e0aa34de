package nl.kamergraaf.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns gold documents into the contract query rows a flawless system would return, so tests can
 * start from "everything right" and change one thing.
 */
final class PerfectRows {
  static final Path GOLD_DIR = Path.of("src/test/resources/gold");
  static final String DOC_002 = "002_13d841ed3eb9d257.txt";
  static final String DOC_004 = "004_62cc81db4921119a.txt";

  private PerfectRows() {}

  static List<GoldDocument> gold() {
    return GoldLoader.load(GOLD_DIR);
  }

  /** Mutable lists of rows per query for all of {@code gold}. */
  static Map<ContractQuery, List<Map<String, String>>> of(List<GoldDocument> gold) {
    Map<ContractQuery, List<Map<String, String>>> rows = new EnumMap<>(ContractQuery.class);
    for (ContractQuery query : ContractQuery.values()) {
      rows.put(query, new ArrayList<>());
    }
    for (GoldDocument doc : gold) {
      add(rows, doc);
    }
    return rows;
  }

  static RowFacts facts(Map<ContractQuery, List<Map<String, String>>> rows) {
    RowFacts.Builder builder = RowFacts.builder();
    rows.forEach(builder::addAll);
    return builder.build();
  }

  private static void add(Map<ContractQuery, List<Map<String, String>>> rows, GoldDocument doc) {
    String src = doc.doc();
    Map<String, String> header = row("source", src, "doc", "urn:doc:" + src);
    put(header, "identifier", doc.document().identifier());
    put(header, "kind", doc.document().kind());
    put(header, "date", doc.document().date());
    rows.get(ContractQuery.DOCUMENTS).add(header);
    entities(rows, src, "Person", doc.persons());
    entities(rows, src, "Fraction", doc.fractions());
    entities(rows, src, "Country", doc.countries());
    entities(rows, src, "Organization", doc.organizations());
    entities(rows, src, "Program", doc.programs());
    for (GoldDocument.Question q : doc.questions()) {
      Map<String, String> row = row("source", src, "number", String.valueOf(q.number()));
      put(row, "fraction", q.fraction());
      put(row, "answeredBy", q.answeredBy());
      rows.get(ContractQuery.QUESTIONS).add(row);
      for (String mention : q.mentions()) {
        rows.get(ContractQuery.QUESTION_MENTIONS)
            .add(row("source", src, "number", String.valueOf(q.number()), "label", mention));
      }
    }
    for (GoldDocument.Amount a : doc.amounts()) {
      Map<String, String> amount =
          row("source", src, "value", a.value().toPlainString(), "currency", a.currency());
      put(amount, "subject", a.subject());
      put(amount, "program", a.program());
      rows.get(ContractQuery.AMOUNTS).add(amount);
    }
    for (GoldDocument.Percentage p : doc.percentages()) {
      Map<String, String> percentage = row("source", src, "value", p.value().toPlainString());
      put(percentage, "subject", p.subject());
      rows.get(ContractQuery.PERCENTAGES).add(percentage);
    }
    for (GoldDocument.Relation r : doc.relations()) {
      rows.get(ContractQuery.RELATIONS)
          .add(
              row(
                  "source",
                  src,
                  "subject",
                  r.subject(),
                  "predicate",
                  r.predicate(),
                  "object",
                  r.object()));
    }
  }

  private static void entities(
      Map<ContractQuery, List<Map<String, String>>> rows,
      String src,
      String type,
      List<GoldDocument.Entity> entities) {
    for (GoldDocument.Entity e : entities) {
      String iri = iri(src, type, e.label());
      rows.get(ContractQuery.ENTITIES)
          .add(row("source", src, "entity", iri, "type", type, "label", e.label()));
      for (String name : e.names()) {
        rows.get(ContractQuery.LABELS).add(row("entity", iri, "label", name));
      }
    }
  }

  /** The IRI this class gives an entity, so tests can find or remove its rows. */
  static String iri(String src, String type, String label) {
    return "urn:test:" + src + ":" + type + ":" + label.replace(' ', '_');
  }

  static Map<String, String> row(String... keysAndValues) {
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static void put(Map<String, String> row, String key, String value) {
    if (value != null) {
      row.put(key, value);
    }
  }
}
