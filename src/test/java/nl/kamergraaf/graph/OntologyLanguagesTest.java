package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The ontology speaks Dutch and English: every term it declares (class, property, concept) has an
 * {@code rdfs:label} in both, and every term with an {@code rdfs:comment} has it in both.
 */
class OntologyLanguagesTest {
  private static final String ONTOLOGY = "https://w3id.org/kamergraaf/def";

  @Test
  void everyTermHasLabelsAndCommentsInDutchAndEnglish() {
    Graph ontology = Shapes.ontology();
    Set<Node> terms = new java.util.HashSet<>();
    ontology
        .find()
        .forEach(
            t -> {
              if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ONTOLOGY)) {
                terms.add(t.getSubject());
              }
            });
    assertTrue(terms.size() > 100, "the ontology's terms: " + terms.size());
    List<String> missing = new ArrayList<>();
    for (Node term : terms) {
      for (String lang : List.of("nl", "en")) {
        if (!languages(ontology, term, RDFS.label.asNode()).contains(lang)) {
          missing.add(term.getURI() + " rdfs:label @" + lang);
        }
      }
      Set<String> comments = languages(ontology, term, RDFS.comment.asNode());
      if (!comments.isEmpty() && !comments.equals(Set.of("nl", "en"))) {
        missing.add(term.getURI() + " rdfs:comment in " + comments + " only");
      }
    }
    missing.sort(null);
    assertEquals(List.of(), missing);
  }

  @Test
  void eachLanguageHasOneLabelPerTerm() {
    Graph ontology = Shapes.ontology();
    List<String> twice = new ArrayList<>();
    ontology
        .find(Node.ANY, RDFS.label.asNode(), Node.ANY)
        .forEach(
            t -> {
              long same =
                  ontology.find(t.getSubject(), RDFS.label.asNode(), Node.ANY).toList().stream()
                      .filter(
                          o ->
                              o.getObject()
                                  .getLiteralLanguage()
                                  .equals(t.getObject().getLiteralLanguage()))
                      .count();
              if (same > 1) {
                twice.add(t.getSubject().getURI() + " @" + t.getObject().getLiteralLanguage());
              }
            });
    assertEquals(List.of(), twice);
  }

  private static Set<String> languages(Graph g, Node term, Node property) {
    Set<String> out = new TreeSet<>();
    for (Triple t : g.find(term, property, Node.ANY).toList()) {
      if (t.getObject().isLiteral()) {
        out.add(t.getObject().getLiteralLanguage());
      }
    }
    return out;
  }
}
