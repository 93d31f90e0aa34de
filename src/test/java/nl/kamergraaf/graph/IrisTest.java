package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.kamergraaf.extract.model.Entity;
import nl.kamergraaf.extract.model.EntityType;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class IrisTest {
  private final Iris iris = Iris.defaults();

  @Test
  void entityIrisAreDeterministicAndValid() {
    Entity e = new Entity(EntityType.PROGRAM, "PCA drones & counter-drones", "PCA drones");
    String iri = iris.entity(e).getURI();
    assertEquals("https://w3id.org/kamergraaf/id/program/pca-drones-counter-drones", iri);
    assertEquals(iri, iris.entity(new Entity(EntityType.PROGRAM, "PCA drones & counter-drones", "x")).getURI());
    assertEquals("https://w3id.org/kamergraaf/id/country/ua",
        iris.entity(new Entity(EntityType.COUNTRY, "UA", "Oekraïne")).getURI());
    assertEquals("https://w3id.org/kamergraaf/id/person/yesilgoz-zegerius",
        iris.entity(new Entity(EntityType.PERSON, "Yeşilgöz-Zegerius", "Dilan Yeşilgöz-Zegerius")).getURI());
  }

  @Test
  void documentsGraphsAndFactsFollowTheScheme() {
    assertEquals("https://w3id.org/kamergraaf/id/doc/001_bba492771d7bbacc",
        iris.document("001_bba492771d7bbacc.txt").getURI());
    assertEquals("https://w3id.org/kamergraaf/graph/sub-dir-report", iris.graph("sub/dir/report.txt").getURI());
    assertEquals("https://w3id.org/kamergraaf/id/doc/a/question/3", iris.fact("a.txt", "question", "3").getURI());
  }

  @Test
  void textThatLeavesNothingIsRefusedAndBadBasesToo() {
    assertThrows(IllegalArgumentException.class, () -> Iris.slug("‽‽"));
    assertThrows(IllegalArgumentException.class, () -> new Iris("w3id.org/kamergraaf"));
    assertThrows(IllegalArgumentException.class, () -> new Iris("https://w3id.org/kamergraaf"));
  }

  @Test
  void slugsOfHostileTextStayValidIris() {
    for (String s : new String[] {"<script>alert(1)</script>", "a b\"c", "javascript:x", "\u202Eevil", "x/../y"}) {
      String iri = iris.entity(new Entity(EntityType.ORGANIZATION, s, s)).getURI();
      IRIx.create(iri); // throws on an invalid IRI
      assertEquals(-1, iri.indexOf('<'));
    }
  }
}
