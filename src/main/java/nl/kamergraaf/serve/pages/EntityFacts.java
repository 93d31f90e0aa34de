package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** The lower half of an entity page: amounts and percentages, questions, documents, mentions. */
final class EntityFacts {
  /** Rows listed at once per section; the rest are a click ("next") or a query away. */
  static final int SHOWN = 100;

  private static final String SPAN =
      """
          OPTIONAL { ?f kg:exact ?exact }
          OPTIONAL { ?f kg:start ?start ; kg:end ?end }
      """;
  // Each query reads inside one document's graph at a time (see EntityPage.RELATIONS for why).
  private static final String QUANTITIES =
      """
      SELECT DISTINCT ?f ?kind ?value ?max ?currency ?pct ?of ?period ?perYear ?exact ?start ?end ?doc
      WHERE { GRAPH ?g {
          { ?f kg:subject ?e } UNION { ?f kg:program ?e } UNION { ?f kg:recipient ?e }
          ?f a ?kind ; prov:wasDerivedFrom ?doc . FILTER(?kind IN (kg:Amount, kg:Percentage))
          OPTIONAL { ?f schema:value ?value } OPTIONAL { ?f kg:maxValue ?max }
          OPTIONAL { ?f schema:currency ?currency } OPTIONAL { ?f kg:percentage ?pct }
          OPTIONAL { ?f kg:shareOf ?of } OPTIONAL { ?f kg:period ?period }
          OPTIONAL { ?f kg:perYear ?perYear }
      """
          + SPAN
          + "} }";
  private static final String QUESTIONS =
      """
      SELECT DISTINCT ?f ?n ?doc ?docTitle ?fraction ?fractionLabel ?text ?exact ?start ?end
      WHERE { GRAPH ?g {
          { ?f kg:mentions ?e } UNION { ?f kg:askedBy ?e } UNION { ?f kg:answer/kg:mentions ?e }
          ?f a kg:Question ; kg:number ?n ; kg:inDocument ?doc .
          OPTIONAL { ?doc dcterms:title ?docTitle }
          OPTIONAL { ?f kg:askedBy ?fraction . ?fraction skos:prefLabel ?fractionLabel
              FILTER(lang(?fractionLabel) != "en") }
          OPTIONAL { ?f kg:text ?text }
      """
          + SPAN
          + "} }";
  private static final String DOCUMENTS =
      """
      SELECT ?g ?doc ?title ?date ?identifier WHERE { GRAPH ?g {
          ?doc kg:mentions ?e ; a kg:Document .
          OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date }
          OPTIONAL { ?doc dcterms:identifier ?identifier }
      } }""";

  /** Mentions per document, for the documents of one slice only (VALUES ?g is added). */
  private static final String MENTIONS_PER_DOCUMENT =
      """
      SELECT ?g (COUNT(*) AS ?mentions) WHERE { GRAPH ?g { ?m oa:hasBody ?e ; kg:span ?span } }
      GROUP BY ?g""";

  /** One row per place: a mention node lists each place its words stand. */
  private static final String MENTIONS =
      """
      SELECT ?f ?doc ?rule ?exact ?start ?end WHERE { GRAPH ?g {
          ?f oa:hasBody ?e ; prov:wasDerivedFrom ?doc ; kg:span ?span .
          OPTIONAL { ?f kg:extractedBy ?rule }
          OPTIONAL { ?f kg:exact ?exact }
          BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
          BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end)
      } }""";

  private final LinkedDataSite site;
  private final PageTexts texts;
  private final String idPath;
  private final Map<String, String[]> parameters;

  EntityFacts(
      LinkedDataSite site, PageTexts texts, String idPath, Map<String, String[]> parameters) {
    this.site = site;
    this.texts = texts;
    this.idPath = idPath;
    this.parameters = parameters;
  }

  void render(Html h, Node entity) {
    Sparql sparql = site.sparql();
    Slice slice = Slice.of(parameters, "amounts", SHOWN);
    quantities(
        h, slice, slice.fetch(sparql, QUANTITIES, entity, Slice.order("kind", "doc", "start")));
    slice = Slice.of(parameters, "questions", SHOWN);
    questions(h, slice, slice.fetch(sparql, QUESTIONS, entity, Slice.order("doc", "n")));
    slice = Slice.of(parameters, "documents", SHOWN);
    documents(h, slice, entity, slice.fetch(sparql, DOCUMENTS, entity, Slice.order("date", "doc")));
    slice = Slice.of(parameters, "mentions", SHOWN);
    mentions(h, slice, slice.fetch(sparql, MENTIONS, entity, Slice.order("doc", "start")));
  }

  private void quantities(Html h, Slice slice, List<Binding> rows) {
    h.element("h2", texts.text("facts.amounts", slice.count()), "id", "amounts");
    if (rows.isEmpty()) {
      return;
    }
    slice.navigation(h, idPath, "amounts");
    table(h, "what", "value", "period", "readIn");
    for (Binding row : rows) {
      boolean amount = lexical(row, "kind").endsWith("Amount");
      String value =
          amount
              ? Formats.money(number(row, "value"), lexical(row, "currency"))
                  + (get(row, "max") == null
                      ? ""
                      : " – " + Formats.money(number(row, "max"), lexical(row, "currency")))
                  + (lexical(row, "perYear").equals("true") ? texts.text("facts.perYear") : "")
              : Formats.number(number(row, "pct"))
                  + " %"
                  + (get(row, "of") == null ? "" : texts.text("facts.shareOf", lexical(row, "of")));
      h.open("tr")
          .element("td", texts.text(amount ? "facts.amount" : "facts.percentage"))
          .element("td", value, "class", "num")
          .element("td", lexical(row, "period"))
          .open("td");
      PageLayout.provenance(texts, h, site.links(), row);
      h.close("td").close("tr");
    }
    h.close("tbody").close("table");
  }

  private void questions(Html h, Slice slice, List<Binding> rows) {
    h.element("h2", texts.text("facts.questions", slice.count()), "id", "questions");
    if (rows.isEmpty()) {
      return;
    }
    slice.navigation(h, idPath, "questions");
    table(h, "question", "askedBy", "document", "text");
    for (Binding row : rows) {
      String number = lexical(row, "n");
      String docHref = site.links().href(get(row, "doc"));
      h.open("tr")
          .open("td")
          .link(docHref + "#question-" + number, texts.text("facts.question", number))
          .close("td")
          .open("td");
      PageLayout.term(h, site.links(), get(row, "fraction"), get(row, "fractionLabel"));
      h.close("td").open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), get(row, "docTitle"));
      h.close("td")
          .element("td", abbreviate(lexical(row, "text"), 300), "class", "quote")
          .close("tr");
    }
    h.close("tbody").close("table");
  }

  private void documents(Html h, Slice slice, Node entity, List<Binding> rows) {
    h.element("h2", texts.text("facts.documents", slice.count()), "id", "documents");
    if (rows.isEmpty()) {
      return;
    }
    slice.navigation(h, idPath, "documents");
    Map<Node, String> mentions = mentionsPerDocument(entity, rows);
    table(h, "document", "identifier", "date", "mentions");
    for (Binding row : rows) {
      h.open("tr").open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), get(row, "title"));
      h.close("td")
          .element("td", lexical(row, "identifier"))
          .element("td", lexical(row, "date"))
          .element("td", mentions.getOrDefault(get(row, "g"), "0"), "class", "num")
          .close("tr");
    }
    h.close("tbody").close("table");
  }

  private void mentions(Html h, Slice slice, List<Binding> rows) {
    h.element("h2", texts.text("facts.mentions", slice.count()), "id", "mentions");
    if (rows.isEmpty()) {
      return;
    }
    slice.navigation(h, idPath, "mentions");
    table(h, "text", "document", "rule");
    for (Binding row : rows) {
      h.open("tr").open("td");
      PageLayout.provenance(texts, h, site.links(), row);
      h.close("td").open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), null);
      h.close("td").element("td", lexical(row, "rule"), "class", "rule").close("tr");
    }
    h.close("tbody").close("table");
  }

  /** The number of mentions in each listed document's graph, in one query for the slice. */
  private Map<Node, String> mentionsPerDocument(Node entity, List<Binding> rows) {
    StringBuilder values = new StringBuilder("VALUES ?g {");
    rows.forEach(row -> values.append(" <").append(get(row, "g").getURI()).append('>'));
    String query = MENTIONS_PER_DOCUMENT.replace("WHERE {", "WHERE { " + values + " }");
    Map<Node, String> counts = new HashMap<>();
    for (Binding row : site.sparql().select(query, "e", entity)) {
      counts.put(get(row, "g"), lexical(row, "mentions"));
    }
    return counts;
  }

  /** A table's head; {@code headings} are keys under {@code facts.column.} of the texts. */
  private void table(Html h, String... headings) {
    h.open("table", "class", "facts").open("thead").open("tr");
    for (String c : headings) {
      h.element("th", texts.text("facts.column." + c));
    }
    h.close("tr").close("thead").open("tbody");
  }

  private static String number(Binding row, String var) {
    Node n = get(row, var);
    if (n == null) {
      return "";
    }
    try {
      return new BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return n.getLiteralLexicalForm();
    }
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
