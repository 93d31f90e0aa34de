package nl.kamergraaf.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks the pages of an OData collection: the entities of {@code value}, then the page that
 * {@code @odata.nextLink} names, until there is none (the API gives at most 250 entities a page). A
 * next link is followed only when it stays under the API root and has not been seen before.
 */
final class ODataPages {
  private final ApiClient client;
  private final URI root;

  ODataPages(ApiClient client, URI root) {
    this.client = client;
    this.root = root;
  }

  /**
   * Hands each entity of the collection at {@code first} to {@code handler} until the collection
   * ends or the handler returns false. Throws when a page cannot be had or used; the entities
   * handed over before stay handed over.
   */
  void each(URI first, Predicate<JsonNode> handler) {
    Set<URI> seen = new HashSet<>();
    URI page = first;
    while (page != null) {
      if (!seen.add(page)) {
        throw new FetchException(
            "GET "
                + ApiClient.shown(page)
                + ": the API links to a page it gave before; "
                + "paging stopped there.");
      }
      JsonNode answer = client.json(page);
      JsonNode value = answer.get("value");
      if (value == null || !value.isArray()) {
        throw new FetchException(
            "GET "
                + ApiClient.shown(page)
                + ": the answer has no \"value\" array, so it is "
                + "not an OData collection; it was skipped.");
      }
      for (JsonNode entity : value) {
        if (!handler.test(entity)) {
          return;
        }
      }
      page = next(page, answer.get("@odata.nextLink"));
    }
  }

  private URI next(URI page, JsonNode link) {
    if (link == null || link.isNull()) {
      return null;
    }
    URI next;
    try {
      next = page.resolve(link.asText());
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          "GET "
              + ApiClient.shown(page)
              + ": the @odata.nextLink '"
              + link.asText()
              + "' is not an address; paging stopped there.",
          e);
    }
    if (!under(next, root)) {
      throw new FetchException(
          "GET "
              + ApiClient.shown(page)
              + ": the @odata.nextLink "
              + next
              + " leads away from "
              + root
              + "; it was not followed.");
    }
    return next;
  }

  /** Whether {@code uri} lies under {@code root}: same scheme, host and port, path below. */
  static boolean under(URI uri, URI root) {
    return root.getScheme().equalsIgnoreCase(uri.getScheme())
        && root.getHost().equalsIgnoreCase(uri.getHost())
        && root.getPort() == uri.getPort()
        && uri.getRawPath() != null
        && uri.getRawPath().startsWith(root.getRawPath());
  }
}
