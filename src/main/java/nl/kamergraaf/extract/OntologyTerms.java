package nl.kamergraaf.extract;

import java.util.Set;
import java.util.stream.Collectors;
import nl.kamergraaf.extract.rules.RuleFile;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;

/**
 * The terms of {@code ontology/kamergraaf.ttl} that rule files may name: the relation properties
 * (sub-properties of {@code kg:relation}). A rule naming a predicate the ontology does not have is
 * an error when the rules load, not a new IRI in the graph.
 */
public final class OntologyTerms {
  private static final String RESOURCE = "/ontology/kamergraaf.ttl";
  private static final String NS = "https://w3id.org/kamergraaf/def#";
  private static final Set<String> RELATIONS = load();

  private OntologyTerms() {}

  /** The local names of the ontology's relation properties, e.g. {@code co-leads}. */
  public static Set<String> relations() {
    return RELATIONS;
  }

  /** Fails with {@code where} in the message when {@code predicate} is not a relation property. */
  public static String requireRelation(String predicate, String where) {
    if (!RELATIONS.contains(predicate)) {
      throw new ExtractException(
          where
              + ": '"
              + predicate
              + "' is not a relation of the ontology "
              + "(kg:relation sub-properties: "
              + RELATIONS.stream().sorted().toList()
              + ")");
    }
    return predicate;
  }

  private static Set<String> load() {
    Model m = ModelFactory.createDefaultModel();
    RuleFile.at(RESOURCE)
        .read(
            reader -> {
              RDFParser.create().source(reader).lang(Lang.TURTLE).parse(m);
              return m;
            });
    Resource relation = m.createResource(NS + "relation");
    return m.listSubjectsWithProperty(RDFS.subPropertyOf, relation).toList().stream()
        .map(Resource::getURI)
        .filter(u -> u.startsWith(NS))
        .map(u -> u.substring(NS.length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
