package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * IRIs under another base become links on this server; outside links only when they are web links.
 */
class LocalLinksTest {
  private final LocalLinks links = new LocalLinks("https://example.org/kg/");

  @Test
  void iriUnderTheBaseLinksToItsPageHere() {
    assertEquals("/page/country/nl", links.href("https://example.org/kg/id/country/nl"));
    assertEquals(
        "/page/doc/001/mention/1-4",
        links.href("https://example.org/kg/id/doc/001/mention/1-4#quote"));
    assertEquals("/page/doc/001", links.href("https://example.org/kg/graph/001"));
    assertEquals("/def", links.href("https://example.org/kg/graph/ontology"));
    assertEquals("/def#Country", links.href("https://example.org/kg/def#Country"));
    assertEquals("https://example.org/kg/id/country/nl", links.iriOfIdPath("country/nl"));
  }

  @Test
  void onlyWebLinksLeaveTheSite() {
    assertEquals(
        "http://www.wikidata.org/entity/Q55", links.href("http://www.wikidata.org/entity/Q55"));
    assertNull(links.href("javascript:alert(1)"));
    assertNull(links.href("data:text/html,<script>x</script>"));
    assertNull(links.href("urn:isbn:123"));
  }

  @Test
  void negotiationUsesJenasAcceptList() {
    assertEquals(Optional.of("text/html"), DataFormat.negotiateId(null));
    assertEquals(Optional.of("text/html"), DataFormat.negotiateId(""));
    assertEquals(
        Optional.of("text/turtle"),
        DataFormat.negotiateId("text/turtle;q=0.9, application/rdf+xml;q=0.2"));
    assertEquals(Optional.empty(), DataFormat.negotiateId("application/pdf"));
    assertEquals(Optional.of(DataFormat.TURTLE), DataFormat.negotiateData("*/*"));
    assertEquals(Optional.empty(), DataFormat.negotiateData("text/html"));
  }
}
