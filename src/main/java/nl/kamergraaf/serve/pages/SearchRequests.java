package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import nl.kamergraaf.serve.search.Found;
import nl.kamergraaf.serve.search.SearchFilters;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The search filters a request's parameters ask for ({@code fractie}, {@code kind}, {@code from},
 * {@code to}, {@code in}); shared by {@code /search} and the search feeds. A bad value is an {@link
 * IllegalArgumentException} saying what is allowed.
 */
final class SearchRequests {
  private SearchRequests() {}

  static SearchFilters filters(HttpServletRequest request, LocalLinks links) {
    return new SearchFilters(
        entity(request, "fractie", links),
        entity(request, "kind", links),
        date(request, "from"),
        date(request, "to"),
        found(request));
  }

  /** An entity parameter, as an id path ({@code fractie/vvd}) or a full IRI; empty is none. */
  private static Node entity(HttpServletRequest request, String name, LocalLinks links) {
    String value = request.getParameter(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.startsWith("http://") || value.startsWith("https://")) {
      return NodeFactory.createURI(value);
    }
    if (!value.matches("[A-Za-z0-9._~/-]+") && !value.matches("[a-z]+/[^\\s<>\"{}|\\\\^`]+")) {
      throw new IllegalArgumentException(
          name + " must be an id path such as fractie/vvd, not " + value);
    }
    return NodeFactory.createURI(links.iriOfIdPath(value));
  }

  private static LocalDate date(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date as YYYY-MM-DD, not " + value);
    }
  }

  private static Set<Found> found(HttpServletRequest request) {
    String[] values = request.getParameterValues("in");
    Set<Found> found = EnumSet.noneOf(Found.class);
    if (values != null) {
      for (String v : values) {
        Found f = Found.of(v);
        if (f == null) {
          throw new IllegalArgumentException("in must be paper, question or answer, not " + v);
        }
        found.add(f);
      }
    }
    return found;
  }
}
