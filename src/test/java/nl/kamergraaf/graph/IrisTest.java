package nl.kamergraaf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(
        iri,
        iris.entity(new Entity(EntityType.PROGRAM, "PCA drones & counter-drones", "x")).getURI());
    assertEquals(
        "https://w3id.org/kamergraaf/id/country/ua",
        iris.entity(new Entity(EntityType.COUNTRY, "UA", "Oekraïne")).getURI());
    assertEquals(
        "https://w3id.org/kamergraaf/id/person/yesilgoz-zegerius",
        iris.entity(new Entity(EntityType.PERSON, "Yeşilgöz-Zegerius", "Dilan Yeşilgöz-Zegerius"))
            .getURI());
  }

  @Test
  void documentsGraphsAndFactsFollowTheScheme() {
    assertEquals(
        "https://w3id.org/kamergraaf/id/doc/001_bba492771d7bbacc",
        iris.document("001_bba492771d7bbacc.txt").getURI());
    assertEquals(
        "https://w3id.org/kamergraaf/graph/sub-dir-report",
        iris.graph("sub/dir/report.txt").getURI());
    assertEquals(
        "https://w3id.org/kamergraaf/id/doc/a/question/3",
        iris.fact("a.txt", "question", "3").getURI());
  }

  @Test
  void textThatLeavesNothingGetsAHashSlugAndBadBasesAreRefused() {
    assertEquals("h-321b19ed807302b6", Iris.slug("‽‽"));
    assertEquals(Iris.slug("‽‽"), Iris.slug("‽‽"));
    assertNotEquals(Iris.slug("‽‽"), Iris.slug("\u202E\u202E"));
    assertThrows(IllegalArgumentException.class, () -> new Iris("w3id.org/kamergraaf"));
    assertThrows(IllegalArgumentException.class, () -> new Iris("https://w3id.org/kamergraaf"));
  }

  @Test
  void slugsOfHostileTextStayValidIris() {
    for (String s :
        new String[] {
          "<script>alert(1)</script>",
          "a b\"c",
          "javascript:x",
          "\u202Eevil",
          "x/../y",
          "\" onmouseover=\"alert(1)",
          "javascript:alert(1)//",
          "\u202E\u2066\u200F",
          "<>",
          "\0",
          "%2e%2e/%00",
          "a\nb\tc",
          "\uD83D\uDCA3 bom",
          "ﬁnanciën",
          "İstanbul",
          "'; DROP TABLE x; --",
          "?q=1#frag",
          "\\server\\share"
        }) {
      String iri = iris.entity(new Entity(EntityType.ORGANIZATION, s, s)).getURI();
      IRIx.create(iri); // throws on an invalid IRI
      String path = iri.substring(iris.base().length());
      assertTrue(path.matches("id/org/[a-z0-9._-]+"), s + " -> " + iri);
      assertTrue(iris.document(s + ".txt").getURI().matches(".*/id/doc/[a-z0-9._-]+"), s);
    }
  }
}
