package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.extract.entity.TsvTable;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Every document kind the API's Soort table maps to is a kg:DocumentKind of the ontology. */
class ApiVocabularyTest {
  @Test
  void everyKindOfTheSoortTableIsADocumentKind() {
    List<String> missing = new ArrayList<>();
    var rows =
        TsvTable.load("/nl/kamergraaf/extract/rules/api-document-kinds.tsv")
            .require("soort", "kind")
            .rows();
    for (var row : rows) {
      if (!Shapes.ontology()
          .contains(KG.term(row.get("kind")), RDF.type.asNode(), KG.DocumentKind)) {
        missing.add(row.get("soort") + " -> " + row.get("kind"));
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(
        true,
        Shapes.ontology().contains(KG.term("OtherKind"), Node.ANY, Node.ANY),
        "the kind of a Soort not listed");
  }
}
