package nl.kamergraaf.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kamergraaf.export.ExportException;
import nl.kamergraaf.export.ExportFilter;

/**
 * The export filter a request's parameters ask for; shared by {@code /export} and {@code /graph}.
 */
final class ExportRequest {
  private ExportRequest() {}

  static ExportFilter filter(HttpServletRequest request) {
    return new ExportFilter(
        types(param(request, "types")),
        param(request, "document"),
        date(request, "from"),
        date(request, "to"),
        param(request, "entity"),
        hops(param(request, "hops")));
  }

  static String param(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Set<String> types(String list) {
    return list == null
        ? Set.of()
        : Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
  }

  private static LocalDate date(HttpServletRequest request, String name) {
    String value = param(request, name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ExportException(name + " must be a date like 2024-04-12, not '" + value + "'");
    }
  }

  private static int hops(String value) {
    try {
      return value == null ? 1 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ExportException("hops must be a whole number, not '" + value + "'");
    }
  }
}
