package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import java.util.List;
import nl.kamergraaf.graph.KG;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The page of a document: what it is (title, identifier, date, kind, committee, meeting), its
 * questions and answers as sections with the fractie that asked each, and its text with every
 * recognised mention highlighted and linked to its entity ({@link MarkedText}).
 */
final class DocumentPage {
  private static final String QUESTIONS =
      """
      SELECT ?q ?n ?fraction ?fractionLabel ?text ?answerText ?answeredBy ?answeredByLabel ?start ?end
      WHERE {
        ?d kg:question ?q . ?q kg:number ?n .
        OPTIONAL { ?q kg:askedBy ?fraction . OPTIONAL { ?fraction skos:prefLabel ?fractionLabel FILTER(lang(?fractionLabel) != "en") } }
        OPTIONAL { ?q kg:answeredBy ?answeredBy . OPTIONAL { ?answeredBy skos:prefLabel ?answeredByLabel FILTER(lang(?answeredByLabel) != "en") } }
        OPTIONAL { ?q kg:text ?text }
        OPTIONAL { ?q kg:answer/kg:text ?answerText }
        OPTIONAL { ?q kg:start ?start ; kg:end ?end }
      } ORDER BY ?n""";

  private final LinkedDataSite site;
  private final PageTexts texts;

  DocumentPage(LinkedDataSite site, PageTexts texts) {
    this.site = site;
    this.texts = texts;
  }

  String render(Node doc, String idPath, List<Binding> own, DocumentHit hit) {
    LocalLinks links = site.links();
    String title = idPath;
    String source = null;
    Html facts = new Html();
    facts.open("dl", "class", "meta");
    for (Binding row : own) {
      Node p = get(row, "p");
      String name = PageLayout.shortName(p.getURI());
      if (p.getURI().equals("http://purl.org/dc/terms/title")) {
        title = lexical(row, "o");
      }
      if (p.equals(KG.sourceFile)) {
        source = lexical(row, "o");
      }
      if (p.equals(KG.mentions)
          || p.equals(KG.question)
          || p.equals(KG.footnote)
          || p.equals(KG.section)
          || name.equals("type")) {
        continue;
      }
      facts.element("dt", name).open("dd");
      PageLayout.term(facts, links, get(row, "o"), get(row, "oLabel"));
      facts.close("dd");
    }
    facts.close("dl");

    Html h = PageLayout.start(texts, title, null, idPath, null);
    h.open("article", "class", "document")
        .element("h1", title)
        .open("p", "class", "kind")
        .element("code", doc.getURI())
        .close("p");
    h.raw(facts.toString());
    PageLayout.machineForms(texts, h, idPath);
    String slug = idPath.substring("doc/".length());
    h.open("p", "class", "actions")
        .link("/graph?document=" + LocalLinks.encode(slug), texts.text("document.network"))
        .raw(" · ")
        .link("/export?format=graphml&document=" + LocalLinks.encode(slug), "GraphML")
        .close("p");
    questions(h, doc);
    h.element("h2", texts.text("document.text"), "id", "text");
    if (source == null) {
      h.element("p", texts.text("document.noFile"));
    } else {
      String original = site.texts().original(source).orElse(null);
      if (original == null) {
        h.element(
            "p",
            site.texts().available()
                ? texts.text("document.fileMissing", source)
                : texts.text("document.noFolder", source),
            "class",
            "note");
      } else {
        new MarkedText(site, texts).render(h, doc, original, hit);
      }
    }
    h.close("article");
    return PageLayout.end(texts, h);
  }

  private void questions(Html h, Node doc) {
    List<Binding> rows = site.sparql().select(QUESTIONS, "d", doc);
    if (rows.isEmpty()) {
      return;
    }
    h.element("h2", texts.text("document.questions", rows.size()), "id", "questions");
    for (Binding row : rows) {
      String n = lexical(row, "n");
      h.open("section", "class", "qa", "id", "question-" + n)
          .open("h3")
          .text(texts.text("facts.question", n));
      if (get(row, "fraction") != null) {
        h.text(" — ");
        PageLayout.term(h, site.links(), get(row, "fraction"), get(row, "fractionLabel"));
      }
      h.close("h3");
      h.element("p", lexical(row, "text"), "class", "question");
      if (get(row, "answerText") != null) {
        h.open("div", "class", "answer").open("h4").text(texts.text("document.answer"));
        if (get(row, "answeredBy") != null) {
          h.text(" — ");
          PageLayout.term(h, site.links(), get(row, "answeredBy"), get(row, "answeredByLabel"));
        }
        h.close("h4").element("p", lexical(row, "answerText")).close("div");
      }
      if (get(row, "start") != null) {
        h.open("p", "class", "at")
            .link(
                "#"
                    + LocalLinks.spanId(
                        ((Number) get(row, "start").getLiteralValue()).longValue(),
                        ((Number) get(row, "end").getLiteralValue()).longValue()),
                texts.text("document.whereInText"))
            .close("p");
      }
      h.close("section");
    }
  }
}
