package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** The lower half of an entity page: amounts and percentages, questions, documents, mentions. */
final class EntityFacts {
  /** Mentions listed on one page at most; the rest are counted and left to SPARQL. */
  static final int MAX_MENTIONS = 300;

  private static final String SPAN = """
        OPTIONAL { ?f oa:hasTarget/oa:hasSelector ?q . ?q oa:exact ?exact }
        OPTIONAL { ?f oa:hasTarget/oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end }
      """;
  private static final String QUANTITIES = """
      SELECT DISTINCT ?f ?kind ?value ?max ?currency ?pct ?of ?period ?perYear ?exact ?start ?end ?doc
      WHERE {
        { ?f kg:subject ?e } UNION { ?f kg:program ?e }
        ?f a ?kind ; prov:wasDerivedFrom ?doc . FILTER(?kind IN (kg:Amount, kg:Percentage))
        OPTIONAL { ?f schema:value ?value } OPTIONAL { ?f kg:maxValue ?max }
        OPTIONAL { ?f schema:currency ?currency } OPTIONAL { ?f kg:percentage ?pct }
        OPTIONAL { ?f kg:shareOf ?of } OPTIONAL { ?f kg:period ?period }
        OPTIONAL { ?f kg:perYear ?perYear }
      """ + SPAN + "} ORDER BY ?kind ?doc ?start";
  private static final String QUESTIONS = """
      SELECT DISTINCT ?f ?n ?doc ?docTitle ?fraction ?fractionLabel ?text ?exact ?start ?end WHERE {
        { ?f kg:mentions ?e } UNION { ?f kg:askedBy ?e }
        ?f a kg:Question ; kg:number ?n ; kg:inDocument ?doc .
        OPTIONAL { ?doc dcterms:title ?docTitle }
        OPTIONAL { ?f kg:askedBy ?fraction . ?fraction skos:prefLabel ?fractionLabel }
        OPTIONAL { ?f kg:text ?text }
      """ + SPAN + "} ORDER BY ?doc ?n";
  private static final String DOCUMENTS = """
      SELECT ?doc ?title ?date ?identifier (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
        ?m oa:hasBody ?e ; prov:wasDerivedFrom ?doc .
        OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?date }
        OPTIONAL { ?doc dcterms:identifier ?identifier }
      } GROUP BY ?doc ?title ?date ?identifier ORDER BY ?date ?doc""";
  private static final String MENTIONS = """
      SELECT ?f ?doc ?rule ?exact ?start ?end WHERE {
        ?f oa:hasBody ?e ; prov:wasDerivedFrom ?doc .
        OPTIONAL { ?f kg:extractedBy ?rule }
      """ + SPAN + "} ORDER BY ?doc ?start";

  private final LinkedDataSite site;

  EntityFacts(LinkedDataSite site) {
    this.site = site;
  }

  void render(Html h, Node entity) {
    quantities(h, site.sparql().select(QUANTITIES, "e", entity));
    questions(h, site.sparql().select(QUESTIONS, "e", entity));
    documents(h, site.sparql().select(DOCUMENTS, "e", entity));
    mentions(h, site.sparql().select(MENTIONS, "e", entity));
  }

  private void quantities(Html h, List<Binding> rows) {
    h.element("h2", "Amounts and percentages (" + rows.size() + ")", "id", "amounts");
    if (rows.isEmpty()) {
      return;
    }
    table(h, "what", "value", "year or period", "read in");
    for (Binding row : rows) {
      boolean amount = lexical(row, "kind").endsWith("Amount");
      String value = amount
          ? lexical(row, "currency") + " " + number(row, "value")
              + (get(row, "max") == null ? "" : " – " + number(row, "max"))
              + (lexical(row, "perYear").equals("true") ? " per year" : "")
          : number(row, "pct") + " %" + (get(row, "of") == null ? "" : " of " + lexical(row, "of"));
      h.open("tr").element("td", amount ? "amount" : "percentage").element("td", value, "class", "num")
          .element("td", lexical(row, "period")).open("td");
      PageLayout.provenance(h, site.links(), row);
      h.close("td").close("tr");
    }
    h.close("tbody").close("table");
  }

  private void questions(Html h, List<Binding> rows) {
    h.element("h2", "Questions (" + rows.size() + ")", "id", "questions");
    if (rows.isEmpty()) {
      return;
    }
    table(h, "question", "asked by", "document", "text");
    for (Binding row : rows) {
      String number = lexical(row, "n");
      String docHref = site.links().href(get(row, "doc"));
      h.open("tr").open("td").link(docHref + "#question-" + number, "Vraag " + number).close("td")
          .open("td");
      PageLayout.term(h, site.links(), get(row, "fraction"), get(row, "fractionLabel"));
      h.close("td").open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), get(row, "docTitle"));
      h.close("td").element("td", abbreviate(lexical(row, "text"), 300), "class", "quote").close("tr");
    }
    h.close("tbody").close("table");
  }

  private void documents(Html h, List<Binding> rows) {
    h.element("h2", "Documents (" + rows.size() + ")", "id", "documents");
    if (rows.isEmpty()) {
      return;
    }
    table(h, "document", "identifier", "date", "mentions");
    for (Binding row : rows) {
      h.open("tr").open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), get(row, "title"));
      h.close("td").element("td", lexical(row, "identifier")).element("td", lexical(row, "date"))
          .element("td", lexical(row, "mentions"), "class", "num").close("tr");
    }
    h.close("tbody").close("table");
  }

  private void mentions(Html h, List<Binding> rows) {
    h.element("h2", "Mentions (" + rows.size() + ")", "id", "mentions");
    if (rows.isEmpty()) {
      return;
    }
    if (rows.size() > MAX_MENTIONS) {
      h.element("p", "The first " + MAX_MENTIONS + " are listed; query the endpoint for the rest.");
    }
    table(h, "text", "document", "rule");
    for (Binding row : rows.subList(0, Math.min(rows.size(), MAX_MENTIONS))) {
      h.open("tr").open("td");
      PageLayout.provenance(h, site.links(), row);
      h.close("td").open("td");
      PageLayout.term(h, site.links(), get(row, "doc"), null);
      h.close("td").element("td", lexical(row, "rule"), "class", "rule").close("tr");
    }
    h.close("tbody").close("table");
  }

  private static void table(Html h, String... headings) {
    h.open("table", "class", "facts").open("thead").open("tr");
    for (String c : headings) {
      h.element("th", c);
    }
    h.close("tr").close("thead").open("tbody");
  }

  private static String number(Binding row, String var) {
    Node n = get(row, var);
    if (n == null) {
      return "";
    }
    try {
      return new java.math.BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return n.getLiteralLexicalForm();
    }
  }

  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
