package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.graph.Node;
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
    for (String p : List.of("leads", "co-leads", "contributes-to", "participates-in", "member-of", "funds",
        "blocks", "supports", "proposes", "delivers-to", "signs-with", "commands", "part-of", "holds-role",
        "investigates", "hosts")) {
      if (!Shapes.ontology().contains(KG.term(p), Node.ANY, Node.ANY)) {
        missing.add(p);
      }
    }
    for (String kind : List.of("verslag schriftelijk overleg", "nota naar aanleiding van verslag", "brief",
        "beantwoording schriftelijk overleg", "other")) {
      if (!Shapes.ontology().contains(KG.documentKind(kind), Node.ANY, Node.ANY)) {
        missing.add(kind);
      }
    }
    assertEquals(List.of(), missing);
  }
}
