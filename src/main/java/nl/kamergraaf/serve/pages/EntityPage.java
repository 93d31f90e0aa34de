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
 * The page of a named entity: its names, type and {@code owl:sameAs} links, every relation it
 * has in either direction with the sentence it was read from, then (see {@link EntityFacts})
 * amounts, questions, documents and mentions.
 */
final class EntityPage {
  /** Statements with the entity on one side ({@code %s}) and another entity on the other. */
  private static final String RELATIONS = """
      SELECT ?pred ?other ?otherLabel ?modality ?rule ?exact ?start ?end ?doc WHERE {
        # Within each document's graph: labels looked up through the union of all graphs would
        # visit every document that names the other entity.
        GRAPH ?g {
          ?st %s ?e ; %s ?other ; a kg:RelationStatement ; rdf:predicate ?pred ;
              prov:wasDerivedFrom ?doc .
          OPTIONAL { ?other skos:prefLabel ?otherLabel }
          OPTIONAL { ?st kg:modality ?modality }
          OPTIONAL { ?st kg:extractedBy ?rule }
          OPTIONAL { ?st oa:hasTarget/oa:hasSelector ?q . ?q oa:exact ?exact }
          OPTIONAL { ?st oa:hasTarget/oa:hasSelector ?pos . ?pos oa:start ?start ; oa:end ?end }
        }
      }""";
  private static final String OUTGOING = RELATIONS.formatted("rdf:subject", "rdf:object");
  private static final String INCOMING = RELATIONS.formatted("rdf:object", "rdf:subject");
  /** Statements listed at once per direction. */
  static final int RELATIONS_SHOWN = 100;

  private final LinkedDataSite site;

  EntityPage(LinkedDataSite site) {
    this.site = site;
  }

  String render(Node entity, String idPath, List<Binding> own, Map<String, String[]> parameters) {
    LocalLinks links = site.links();
    String name = PageLayout.shortName(entity.getURI());
    List<String> otherNames = new ArrayList<>();
    List<Node> sameAs = new ArrayList<>();
    String type = "entity";
    for (Binding row : own) {
      Node p = get(row, "p");
      Node o = get(row, "o");
      if (p.equals(SKOS.prefLabel.asNode())) {
        name = o.getLiteralLexicalForm();
      } else if (p.equals(SKOS.altLabel.asNode())) {
        otherNames.add(o.getLiteralLexicalForm());
      } else if (p.equals(OWL.sameAs.asNode())) {
        sameAs.add(o);
      } else if (p.equals(RDF.type.asNode()) && o.isURI()) {
        type = PageLayout.ENTITY_TYPES.getOrDefault(o.getURI(), type);
      }
    }
    Html h = PageLayout.start(name, null, idPath);
    h.open("article", "class", "entity", "data-type", type);
    h.element("h1", name).open("p", "class", "kind").element("span", type, "class", "badge t-" + type)
        .raw(" ").element("code", entity.getURI()).close("p");
    if (!otherNames.isEmpty()) {
      h.open("p").text("Also called: " + String.join(" · ", otherNames.stream().sorted().distinct().toList())).close("p");
    }
    if (!sameAs.isEmpty()) {
      h.open("p").text("Same as: ");
      sameAs.forEach(s -> h.link(links.href(s) == null ? "#" : links.href(s), s.getURI()).raw(" "));
      h.close("p");
    }
    PageLayout.machineForms(h, idPath);
    h.open("p", "class", "actions")
        .link(LocalLinks.queryForm(readyQuery(entity)), "Open in SPARQL")
        .raw(" · ")
        .link("/graph?entity=" + LocalLinks.encode(idPath) + "&hops=1", "Neighbourhood in the graph view")
        .raw(" · ")
        .link("/export?format=gexf&entity=" + LocalLinks.encode(idPath) + "&hops=1", "GEXF")
        .raw(" · ")
        .link("/feed/" + idPath, "Atom feed", "type", "application/atom+xml", "class", "feed")
        .close("p");
    boolean charts = new EntityCharts(site).render(h, entity);
    relations(h, entity, idPath, parameters);
    new EntityFacts(site, idPath, parameters).render(h, entity);
    h.close("article");
    if (charts) {
      Charts.scripts(h);
    }
    return PageLayout.end(h);
  }

  private void relations(Html h, Node entity, String idPath, Map<String, String[]> parameters) {
    Slice outSlice = Slice.of(parameters, "out", RELATIONS_SHOWN);
    Slice inSlice = Slice.of(parameters, "in", RELATIONS_SHOWN);
    Comparator<Binding> order = Slice.order("pred", "otherLabel", "doc", "start");
    List<Binding> out = outSlice.fetch(site.sparql(), OUTGOING, entity, order);
    List<Binding> in = inSlice.fetch(site.sparql(), INCOMING, entity, order);
    h.element("h2", "Relations (" + outSlice.count() + " outgoing, " + inSlice.count()
        + " incoming statements)", "id", "relations");
    if (out.isEmpty() && in.isEmpty()) {
      h.element("p", "No relation read from the texts.");
    }
    statements(h, out, true, outSlice, idPath, "relations-out");
    statements(h, in, false, inSlice, idPath, "relations-in");
  }

  private void statements(Html h, List<Binding> rows, boolean out, Slice slice, String idPath,
      String anchor) {
    if (rows.isEmpty()) {
      return;
    }
    h.element("h3", out ? "Outgoing" : "Incoming", "id", anchor);
    slice.navigation(h, idPath, anchor);
    h.open("table", "class", "facts").open("thead").open("tr");
    for (String c : List.of("direction", "relation", "with", "modality", "read in", "rule")) {
      h.element("th", c);
    }
    h.close("tr").close("thead").open("tbody");
    LocalLinks links = site.links();
    for (Binding row : rows) {
      h.open("tr", "class", out ? "out" : "in");
      h.element("td", out ? "→ outgoing" : "← incoming");
      h.open("td");
      PageLayout.term(h, links, get(row, "pred"), null);
      h.close("td").open("td");
      PageLayout.term(h, links, get(row, "other"), get(row, "otherLabel"));
      h.close("td").open("td");
      Node modality = get(row, "modality");
      h.text(modality == null ? "" : PageLayout.shortName(modality.getURI()).toLowerCase(Locale.ROOT));
      h.close("td").open("td");
      PageLayout.provenance(h, links, row);
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
          OPTIONAL { ?st oa:hasTarget/oa:hasSelector/oa:exact ?quote }
        }
        """.formatted(entity.getURI());
  }
}
