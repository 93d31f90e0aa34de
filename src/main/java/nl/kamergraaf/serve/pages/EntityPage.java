package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The page of a named entity: its names, type and {@code owl:sameAs} links, every relation it has
 * in either direction with the sentence it was read from, then (see {@link EntityFacts}) amounts,
 * questions, documents and mentions.
 */
final class EntityPage {
  /**
   * Statements with the entity on one side (the first {@code %s}) and another entity on the other
   * (the second), whose name the third {@code %s} binds in the page's language.
   */
  private static final String RELATIONS =
      """
      SELECT ?pred ?other ?otherLabel ?modality ?rule ?exact ?start ?end ?doc WHERE {
        # Within each document's graph: labels looked up through the union of all graphs would
        # visit every document that names the other entity.
        GRAPH ?g {
          ?st %s ?e ; %s ?other ; a kg:RelationStatement ; rdf:predicate ?pred ;
              prov:wasDerivedFrom ?doc .
          %s
          OPTIONAL { ?st kg:modality ?modality }
          OPTIONAL { ?st kg:extractedBy ?rule }
          OPTIONAL { ?st kg:exact ?exact }
          OPTIONAL { ?st kg:start ?start ; kg:end ?end }
        }
      }""";

  /** Statements listed at once per direction. */
  static final int RELATIONS_SHOWN = 100;

  private final LinkedDataSite site;
  private final PageTexts texts;

  EntityPage(LinkedDataSite site, PageTexts texts) {
    this.site = site;
    this.texts = texts;
  }

  String render(Node entity, String idPath, List<Binding> own, Map<String, String[]> parameters) {
    LocalLinks links = site.links();
    EntityNames names = new EntityNames(texts.englishNames());
    List<Node> sameAs = new ArrayList<>();
    String type = "entity";
    for (Binding row : own) {
      Node p = get(row, "p");
      Node o = get(row, "o");
      if (p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode())) {
        names.add(p, o);
      } else if (p.equals(OWL.sameAs.asNode())) {
        sameAs.add(o);
      } else if (p.equals(RDF.type.asNode()) && o.isURI()) {
        type = PageLayout.ENTITY_TYPES.getOrDefault(o.getURI(), type);
      }
    }
    String name = names.name(PageLayout.shortName(entity.getURI()));
    List<String> otherNames = names.others(name);
    Html h = PageLayout.start(texts, name, null, idPath, null);
    h.open("article", "class", "entity", "data-type", type);
    h.element("h1", name)
        .open("p", "class", "kind")
        .element("span", texts.text("type." + type), "class", "badge t-" + type)
        .raw(" ")
        .element("code", entity.getURI())
        .close("p");
    if (!otherNames.isEmpty()) {
      h.open("p").text(texts.text("entity.alsoCalled", String.join(" · ", otherNames))).close("p");
    }
    if (!sameAs.isEmpty()) {
      h.open("p").text(texts.text("entity.sameAs"));
      sameAs.forEach(s -> h.link(links.href(s) == null ? "#" : links.href(s), s.getURI()).raw(" "));
      h.close("p");
    }
    PageLayout.machineForms(texts, h, idPath);
    h.open("p", "class", "actions")
        .link(LocalLinks.queryForm(readyQuery(entity)), texts.text("entity.openSparql"))
        .raw(" · ")
        .link(
            "/graph?entity=" + LocalLinks.encode(idPath) + "&hops=1",
            texts.text("entity.neighbourhood"))
        .raw(" · ")
        .link("/export?format=gexf&entity=" + LocalLinks.encode(idPath) + "&hops=1", "GEXF")
        .raw(" · ")
        .link(
            "/feed/" + idPath,
            texts.text("entity.feed"),
            "type",
            "application/atom+xml",
            "class",
            "feed")
        .close("p");
    EntityCharts glance = new EntityCharts(site, texts);
    boolean charts = false;
    if (isGlanceView(parameters)) {
      // the charts alone, however many papers they count over
      charts = glance.render(h, entity);
      h.close("article");
      if (charts) {
        Charts.scripts(h);
      }
      return PageLayout.end(texts, h);
    } else if (glance.inline(entity)) {
      charts = glance.render(h, entity);
    } else {
      EntityCharts.link(h, idPath);
    }
    relations(h, entity, idPath, parameters);
    new EntityFacts(site, texts, idPath, parameters).render(h, entity);
    h.close("article");
    if (charts) {
      Charts.scripts(h);
    }
    return PageLayout.end(texts, h);
  }

  private static boolean isGlanceView(Map<String, String[]> parameters) {
    String[] view = parameters.get("view");
    return view != null && view.length > 0 && "glance".equals(view[0]);
  }

  private void relations(Html h, Node entity, String idPath, Map<String, String[]> parameters) {
    Slice outSlice = Slice.of(parameters, "out", RELATIONS_SHOWN);
    Slice inSlice = Slice.of(parameters, "in", RELATIONS_SHOWN);
    Comparator<Binding> order = Slice.order("pred", "otherLabel", "doc", "start");
    String label = texts.labelOf("other", "otherLabel");
    List<Binding> out =
        outSlice.fetch(
            site.sparql(), RELATIONS.formatted("rdf:subject", "rdf:object", label), entity, order);
    List<Binding> in =
        inSlice.fetch(
            site.sparql(), RELATIONS.formatted("rdf:object", "rdf:subject", label), entity, order);
    h.element(
        "h2", texts.text("entity.relations", outSlice.count(), inSlice.count()), "id", "relations");
    if (out.isEmpty() && in.isEmpty()) {
      h.element("p", texts.text("entity.noRelations"));
    }
    statements(h, out, true, outSlice, idPath, "relations-out");
    statements(h, in, false, inSlice, idPath, "relations-in");
  }

  private void statements(
      Html h, List<Binding> rows, boolean out, Slice slice, String idPath, String anchor) {
    if (rows.isEmpty()) {
      return;
    }
    h.element("h3", texts.text(out ? "entity.outgoing" : "entity.incoming"), "id", anchor);
    slice.navigation(h, idPath, anchor);
    h.open("table", "class", "facts").open("thead").open("tr");
    for (String c : List.of("direction", "relation", "with", "modality", "readIn", "rule")) {
      h.element("th", texts.text("entity.column." + c));
    }
    h.close("tr").close("thead").open("tbody");
    LocalLinks links = site.links();
    for (Binding row : rows) {
      h.open("tr", "class", out ? "out" : "in");
      h.element("td", texts.text(out ? "entity.direction.out" : "entity.direction.in"));
      h.open("td");
      PageLayout.term(h, links, get(row, "pred"), null);
      h.close("td").open("td");
      PageLayout.term(h, links, get(row, "other"), get(row, "otherLabel"));
      h.close("td").open("td");
      Node modality = get(row, "modality");
      String shortName =
          modality == null ? "" : PageLayout.shortName(modality.getURI()).toLowerCase(Locale.ROOT);
      h.text(modality == null ? "" : texts.textOr("modality." + shortName, shortName));
      h.close("td").open("td");
      PageLayout.provenance(texts, h, links, row);
      h.close("td").element("td", lexical(row, "rule"), "class", "rule").close("tr");
    }
    h.close("tbody").close("table");
  }

  /** A query a researcher can start from: every statement about the entity, with its quote. */
  static String readyQuery(Node entity) {
    return """
        PREFIX kg: <https://w3id.org/kamergraaf/def#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        # Every relation statement about this entity, with its modality and the quoted text.
        SELECT ?subject ?predicate ?object ?modality ?quote WHERE {
          VALUES ?e { <%s> }
          ?st a kg:RelationStatement ; rdf:subject ?subject ; rdf:predicate ?predicate ;
              rdf:object ?object ; kg:modality ?modality .
          FILTER(?subject = ?e || ?object = ?e)
          OPTIONAL { ?st kg:exact ?quote }
        }
        """
        .formatted(entity.getURI());
  }
}
