package nl.kamergraaf.graph;

import static nl.kamergraaf.graph.Vocabularies.orgMember;
import static nl.kamergraaf.graph.Vocabularies.orgMemberDuring;
import static nl.kamergraaf.graph.Vocabularies.orgMembership;
import static nl.kamergraaf.graph.Vocabularies.orgOrganization;
import static nl.kamergraaf.graph.Vocabularies.provWasDerivedFrom;
import static nl.kamergraaf.graph.Vocabularies.timeHasBeginning;
import static nl.kamergraaf.graph.Vocabularies.timeHasEnd;
import static nl.kamergraaf.graph.Vocabularies.timeInXSDDate;
import static nl.kamergraaf.graph.Vocabularies.timeInstant;
import static nl.kamergraaf.graph.Vocabularies.timeInterval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kamergraaf.extract.api.ApiEntities;
import nl.kamergraaf.extract.entity.Gazetteer;
import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.ingest.api.ApiAddresses;
import nl.kamergraaf.ingest.api.ApiFractie;
import nl.kamergraaf.ingest.api.ApiPerson;
import nl.kamergraaf.ingest.api.Membership;
import nl.kamergraaf.ingest.api.People;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The people tables as one named graph, {@code {base}graph/tk-people}: every person and fractie
 * with its API id, and every seat as a W3C ORG membership with its time:
 *
 * <pre>
 * &lt;id/membership/c2000000-…&gt; a org:Membership ; org:member &lt;id/person/inge-van-dijk&gt; ;
 *     org:organization &lt;id/fractie/cda&gt; ; kg:function "Lid" ; org:memberDuring &lt;…#during&gt; ;
 *     prov:wasDerivedFrom &lt;…/OData/v4/2.0/FractieZetelPersoon(c2000000-…)&gt; .
 * &lt;…#during&gt; a time:Interval ; time:hasBeginning [ time:inXSDDate "2021-03-31"^^xsd:date ] .
 * </pre>
 *
 * Persons and fracties are the same entities ({@link ApiEntities}) as in the documents' graphs.
 */
public final class PeopleGraph {
  private final Iris iris;
  private final People people;
  private final ApiEntities entities;

  public PeopleGraph(Iris iris, People people) {
    this.iris = iris;
    this.people = people;
    this.entities = new ApiEntities(Gazetteer.load(), people);
  }

  /** The graph's name. */
  public Node name() {
    return NodeFactory.createURI(iris.base() + "graph/tk-people");
  }

  /** Every quad of the graph. */
  public List<Quad> quads() {
    List<Quad> out = new ArrayList<>();
    Node g = name();
    Set<String> described = new HashSet<>();
    for (ApiPerson p : people.persons().values()) {
      Entity e = entities.person(p, null);
      if (e != null) {
        describe(out, g, e, "Persoon", p.id(), described);
      }
    }
    for (ApiFractie f : people.fracties().values()) {
      describe(out, g, entities.fractie(f, null), "Fractie", f.id(), described);
    }
    for (Membership m : people.memberships()) {
      Node node = NodeFactory.createURI(iris.base() + "id/membership/" + Iris.slug(m.id()));
      Node during = NodeFactory.createURI(node.getURI() + "#during");
      add(out, g, node, RDF.type.asNode(), orgMembership);
      add(
          out,
          g,
          node,
          orgMember,
          iris.entity(entities.person(people.person(m.persoonId()), null)));
      add(
          out,
          g,
          node,
          orgOrganization,
          iris.entity(entities.fractie(people.fractie(m.fractieId()), null)));
      if (m.function() != null) {
        add(out, g, node, KG.function, NodeFactory.createLiteralString(m.function()));
      }
      add(out, g, node, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(m.id()));
      add(
          out,
          g,
          node,
          provWasDerivedFrom,
          NodeFactory.createURI(ApiAddresses.entity("FractieZetelPersoon", m.id())));
      add(out, g, node, orgMemberDuring, during);
      add(out, g, during, RDF.type.asNode(), timeInterval);
      instant(out, g, during, timeHasBeginning, "#start", m.from());
      instant(out, g, during, timeHasEnd, "#end", m.until());
    }
    return out;
  }

  private void describe(
      List<Quad> out, Node g, Entity e, String set, String id, Set<String> described) {
    Node node = iris.entity(e);
    if (described.add(e.id())) {
      add(out, g, node, RDF.type.asNode(), KG.classOf(e.type()));
      add(out, g, node, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(e.label()));
      for (String alt : e.altLabels()) {
        add(out, g, node, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt));
      }
    }
    add(out, g, node, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
    add(out, g, node, RDFS.seeAlso.asNode(), NodeFactory.createURI(ApiAddresses.entity(set, id)));
  }

  private static void instant(
      List<Quad> out, Node g, Node during, Node edge, String suffix, LocalDate date) {
    if (date == null) {
      return;
    }
    Node instant = NodeFactory.createURI(during.getURI().replace("#during", suffix));
    add(out, g, during, edge, instant);
    add(out, g, instant, RDF.type.asNode(), timeInstant);
    add(
        out,
        g,
        instant,
        timeInXSDDate,
        NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
  }

  private static void add(List<Quad> out, Node g, Node s, Node p, Node o) {
    out.add(Quad.create(g, s, p, o));
  }
}
