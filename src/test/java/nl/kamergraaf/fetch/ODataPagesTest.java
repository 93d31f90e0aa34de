package nl.kamergraaf.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** A next link is followed only while it stays under the API root. */
class ODataPagesTest {
  private final URI root = URI.create("https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/");

  @Test
  void linksUnderTheRootAreFollowedOthersNot() {
    assertTrue(ODataPages.under(root.resolve("Document?$skiptoken=2"), root));
    assertFalse(
        ODataPages.under(URI.create("https://elsewhere.example/OData/v4/2.0/Document"), root));
    assertFalse(
        ODataPages.under(
            URI.create("http://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document"), root),
        "not https");
    assertFalse(
        ODataPages.under(
            URI.create("https://gegevensmagazijn.tweedekamer.nl:8443/OData/v4/2.0/Document"),
            root));
    assertFalse(
        ODataPages.under(
            URI.create("https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed"), root));
  }
}
