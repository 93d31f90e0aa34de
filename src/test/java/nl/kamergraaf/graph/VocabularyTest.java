package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.kamergraaf.extract.metadata.DocumentKinds;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Every term the code uses is declared in ontology/kamergraaf.ttl. */
class VocabularyTest {
  @Test
  void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Field f : KG.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
        Node term = (Node) f.get(null);
        checked++;
        if (!Shapes.ontology().contains(term, Node.ANY, Node.ANY)) {
          missing.add(term.getURI());
        }
      }
    }
    assertTrue(checked > 50, "expected the vocabulary constants to be found, saw " + checked);
    assertEquals(List.of(), missing, "terms used in code but not declared in the ontology");
  }

  @Test
  void everyEntityTypeAndRelationHasAClassOrProperty() {
    List<String> missing = new ArrayList<>();
    for (EntityType t : EntityType.values()) {
      if (!Shapes.ontology().contains(KG.classOf(t), Node.ANY, Node.ANY)) {
        missing.add(t.className());
      }
    }
    for (String p :
        List.of(
            "leads",
            "co-leads",
            "contributes-to",
            "participates-in",
            "member-of",
            "funds",
            "blocks",
            "supports",
            "proposes",
            "delivers-to",
            "signs-with",
            "commands",
            "part-of",
            "holds-role",
            "investigates",
            "hosts")) {
      if (!Shapes.ontology().contains(KG.term(p), Node.ANY, Node.ANY)) {
        missing.add(p);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theKindsTableAndTheOntologyListTheSameKinds() {
    Graph ontology = Shapes.ontology();
    Map<String, String> fromOntology = new TreeMap<>();
    ontology
        .find(Node.ANY, RDF.type.asNode(), KG.DocumentKind)
        .forEachRemaining(
            t -> {
              String label =
                  ontology
                      .find(t.getSubject(), SKOS.prefLabel.asNode(), Node.ANY)
                      .next()
                      .getObject()
                      .getLiteralLexicalForm();
              fromOntology.put(label, t.getSubject().getLocalName());
            });
    assertEquals(
        fromOntology,
        new TreeMap<>(DocumentKinds.all()),
        "rules/document-kinds.tsv and the kg:DocumentKind concepts of the ontology (label -> concept)");
    for (String label : DocumentKinds.all().keySet()) {
      assertEquals(fromOntology.get(label), KG.documentKind(label).getLocalName());
    }
  }
}
