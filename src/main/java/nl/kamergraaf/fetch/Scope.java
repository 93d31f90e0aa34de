package nl.kamergraaf.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.ingest.api.ApiJson;

/**
 * Which papers a fetch takes: those matching any of the rules (all papers when there are none), of
 * one of the kinds ({@code Soort}) when kinds are given, dated within the range, and not deleted.
 * Gives the OData filter and checks each answer against it.
 *
 * @param rules the dossiers, offices and committees (any one suffices)
 * @param soorten the document kinds allowed, or empty for all
 * @param since the first date included, or null
 * @param until the last date included, or null
 */
public record Scope(List<ScopeRule> rules, List<String> soorten, LocalDate since, LocalDate until) {

  public Scope {
    rules = List.copyOf(rules);
    soorten = List.copyOf(soorten);
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("--until " + until + " lies before --since " + since);
    }
  }

  /** The {@code $filter} that lists the live papers of this scope. */
  public String filter() {
    List<String> parts = new ArrayList<>();
    parts.add("Verwijderd eq false");
    parts.addAll(dateClauses());
    if (!soorten.isEmpty()) {
      parts.add(anyOf(soorten.stream().map(s -> "Soort eq " + ODataText.quote(s)).toList()));
    }
    if (!rules.isEmpty()) {
      parts.add(anyOf(rules.stream().map(ScopeRule::filterClause).toList()));
    }
    return String.join(" and ", parts);
  }

  /**
   * The {@code $filter} that lists deleted papers in the date range: a deleted entity stays in the
   * API as a placeholder, but its links to dossiers and zaken cannot be relied on, so only the
   * dates and kinds narrow it.
   */
  public String deletedFilter() {
    List<String> parts = new ArrayList<>();
    parts.add("Verwijderd eq true");
    parts.addAll(dateClauses());
    if (!soorten.isEmpty()) {
      parts.add(anyOf(soorten.stream().map(s -> "Soort eq " + ODataText.quote(s)).toList()));
    }
    return String.join(" and ", parts);
  }

  /** Why an answered {@code Document} entity is not in this scope, or null when it is. */
  public String outside(JsonNode document) {
    LocalDate date = ApiJson.date(document, "Datum");
    if ((since != null || until != null) && date == null) {
      return "it has no date";
    }
    if (since != null && date.isBefore(since)) {
      return "dated " + date + ", before " + since;
    }
    if (until != null && date.isAfter(until)) {
      return "dated " + date + ", after " + until;
    }
    String soort = ApiJson.text(document, "Soort");
    if (!soorten.isEmpty() && soorten.stream().noneMatch(s -> s.equalsIgnoreCase(soort))) {
      return "of kind '" + soort + "'";
    }
    if (!rules.isEmpty() && rules.stream().noneMatch(r -> r.admits(document))) {
      return "in none of the dossiers, zaken or committees asked for";
    }
    return null;
  }

  private List<String> dateClauses() {
    List<String> parts = new ArrayList<>();
    if (since != null) {
      parts.add("Datum ge " + ODataText.startOf(since));
    }
    if (until != null) {
      parts.add("Datum lt " + ODataText.startOf(until.plusDays(1)));
    }
    return parts;
  }

  private static String anyOf(List<String> clauses) {
    return clauses.size() == 1 ? clauses.get(0) : "(" + String.join(" or ", clauses) + ")";
  }
}
