package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The page of any other resource (a question, an answer, a fact): its statements as a table, and
 * for a fact a link to its place in the document.
 */
final class ResourcePage {
  private static final String SPAN =
      """
      SELECT ?doc ?exact ?start ?end WHERE {
        ?f prov:wasDerivedFrom ?doc ; kg:extractedBy ?rule .
        OPTIONAL { ?f kg:exact ?exact }
        OPTIONAL {
          { ?f kg:start ?start ; kg:end ?end }
          UNION
          { ?f kg:span ?span .
            BIND(xsd:integer(STRBEFORE(?span, "-")) AS ?start)
            BIND(xsd:integer(STRAFTER(?span, "-")) AS ?end) }
        }
      } LIMIT 1""";

  private final LinkedDataSite site;
  private final PageTexts texts;

  ResourcePage(LinkedDataSite site, PageTexts texts) {
    this.site = site;
    this.texts = texts;
  }

  String render(Node iri, String idPath, List<Binding> own) {
    String title = idPath;
    Html h = PageLayout.start(texts, title, null, idPath, null);
    h.open("article", "class", "resource")
        .element("h1", title)
        .open("p", "class", "kind")
        .element("code", iri.getURI())
        .close("p");
    PageLayout.machineForms(texts, h, idPath);
    List<Binding> span = site.sparql().select(SPAN, "f", iri);
    if (!span.isEmpty()) {
      h.open("p", "class", "provenance").text(texts.text("resource.readFrom"));
      PageLayout.provenance(texts, h, site.links(), span.get(0));
      h.close("p");
    }
    h.open("table", "class", "facts")
        .open("thead")
        .open("tr")
        .element("th", texts.text("resource.property"))
        .element("th", texts.text("facts.column.value"))
        .close("tr")
        .close("thead")
        .open("tbody");
    for (Binding row : own) {
      h.open("tr").open("td");
      PageLayout.term(h, site.links(), get(row, "p"), null);
      h.close("td").open("td");
      PageLayout.term(h, site.links(), get(row, "o"), get(row, "oLabel"));
      h.close("td").close("tr");
    }
    h.close("tbody").close("table").close("article");
    return PageLayout.end(texts, h);
  }
}
