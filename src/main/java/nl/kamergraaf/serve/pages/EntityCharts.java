package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The pictures at the top of an entity page: mentions per month (by the papers' dates), its amounts
 * of money per period, and its relations grouped by relation and counterpart with how many
 * statements say each (instead of one row per statement).
 */
final class EntityCharts {
  /** A timeline longer than this many months shows its last ones. */
  static final int MONTHS = 120;

  private static final String MENTIONS_BY_DATE =
      """
      SELECT ?date (COUNT(*) AS ?n) WHERE { GRAPH ?g {
        ?m oa:hasBody ?e ; kg:span ?span . ?doc a kg:Document ; dcterms:date ?date } } GROUP BY ?date""";
  private static final String AMOUNTS_BY_PERIOD =
      """
      SELECT ?period ?currency (SUM(?v) AS ?total) (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g {
        { ?f kg:subject ?e } UNION { ?f kg:program ?e }
        ?f a kg:Amount ; schema:value ?v ; schema:currency ?currency .
        OPTIONAL { ?f kg:period ?p0 } }
        BIND(COALESCE(STR(?p0), "no period stated") AS ?period)
      } GROUP BY ?period ?currency ORDER BY ?period""";
  private static final String RELATIONS_GROUPED =
      """
      SELECT ?dir ?pred ?other ?otherLabel (COUNT(DISTINCT ?st) AS ?n)
             (SUM(IF(?m = kg:Asserted, 1, 0)) AS ?asserted) WHERE {
        GRAPH ?g {
          { ?st rdf:subject ?e ; rdf:object ?other . BIND("→" AS ?dir) }
          UNION { ?st rdf:object ?e ; rdf:subject ?other . BIND("←" AS ?dir) }
          ?st a kg:RelationStatement ; rdf:predicate ?p ; kg:modality ?m .
          %s
        }
        BIND(STRAFTER(STR(?p), STR(kg:)) AS ?pred)
      } GROUP BY ?dir ?pred ?other ?otherLabel ORDER BY DESC(?n) ?pred ?otherLabel""";

  /**
   * Papers an entity may be named in for its charts to be on its page: the charts count over every
   * paper that names it, which for Nederland in 10,000 papers is most of a second. Past this the
   * page links to them ({@code ?view=glance}), so its first screen reads slices only.
   */
  static final int INLINE_PAPERS = 200;

  private static final String PAPERS_PROBE =
      "SELECT ?doc WHERE { ?doc kg:mentions ?e } LIMIT " + (INLINE_PAPERS + 1);

  private final LinkedDataSite site;
  private final PageTexts texts;

  EntityCharts(LinkedDataSite site, PageTexts texts) {
    this.site = site;
    this.texts = texts;
  }

  /** Whether the charts are drawn on the page itself: the entity is named in few papers. */
  boolean inline(Node entity) {
    return site.sparql().select(PAPERS_PROBE, "e", entity).size() <= INLINE_PAPERS;
  }

  /** A link to the charts of an entity named in too many papers to count on its page. */
  static void link(Html h, String idPath) {
    h.element("h2", "At a glance", "id", "glance");
    h.open("p")
        .text("Named in more than " + INLINE_PAPERS + " papers: ")
        .link(
            "/page/" + idPath + "?view=glance#glance",
            "mentions per month, amounts per period " + "and relations by counterpart")
        .text(" are counted over all of them on a page of their own.")
        .close("p");
  }

  /** Writes the charts; returns whether any chart needs the chart scripts. */
  boolean render(Html h, Node entity) {
    List<Charts.Bar> months = mentionsPerMonth(site.sparql().select(MENTIONS_BY_DATE, "e", entity));
    List<Charts.Bar> amounts =
        amountsPerPeriod(site.sparql().select(AMOUNTS_BY_PERIOD, "e", entity));
    List<Binding> grouped =
        site.sparql()
            .select(RELATIONS_GROUPED.formatted(texts.labelOf("other", "otherLabel")), "e", entity);
    if (months.isEmpty() && amounts.isEmpty() && grouped.isEmpty()) {
      return false;
    }
    h.element("h2", texts.text("charts.glance"), "id", "glance");
    h.open("div", "class", "charts");
    Charts.chart(
        h,
        "chart-mentions",
        "bar",
        texts.text("charts.mentionsPerMonth"),
        texts.text("charts.mentions"),
        months);
    Charts.chart(h, "chart-amounts", "bar", texts.text("charts.amountsPerPeriod"), "EUR", amounts);
    h.close("div");
    relationsGrouped(h, grouped);
    return !months.isEmpty() || !amounts.isEmpty();
  }

  /** Mentions per month from the first dated mention to the last, months without any as 0. */
  static List<Charts.Bar> mentionsPerMonth(List<Binding> rows) {
    TreeMap<YearMonth, Long> perMonth = new TreeMap<>();
    for (Binding row : rows) {
      String date = lexical(row, "date");
      if (date.length() >= 7) {
        try {
          perMonth.merge(
              YearMonth.parse(date.substring(0, 7)),
              ((Number) get(row, "n").getLiteralValue()).longValue(),
              Long::sum);
        } catch (DateTimeParseException e) {
          // not a date: left out of the timeline
        }
      }
    }
    List<Charts.Bar> bars = new ArrayList<>();
    if (perMonth.isEmpty()) {
      return bars;
    }
    YearMonth from = perMonth.firstKey();
    if (from.plusMonths(MONTHS).isBefore(perMonth.lastKey())) {
      from = perMonth.lastKey().minusMonths(MONTHS - 1);
    }
    for (YearMonth m = from; !m.isAfter(perMonth.lastKey()); m = m.plusMonths(1)) {
      long n = perMonth.getOrDefault(m, 0L);
      bars.add(new Charts.Bar(m.toString(), n, Formats.number(Long.toString(n))));
    }
    return bars;
  }

  private static List<Charts.Bar> amountsPerPeriod(List<Binding> rows) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (Binding row : rows) {
      if (!"EUR".equals(lexical(row, "currency"))) {
        continue; // other currencies would need a rate to share an axis
      }
      BigDecimal total = new BigDecimal(lexical(row, "total"));
      bars.add(
          new Charts.Bar(
              lexical(row, "period"),
              total.doubleValue(),
              Formats.money(total.toPlainString(), "EUR") + " (" + lexical(row, "n") + ")"));
    }
    return bars;
  }

  private void relationsGrouped(Html h, List<Binding> rows) {
    if (rows.isEmpty()) {
      return;
    }
    long most =
        rows.stream()
            .mapToLong(r -> ((Number) get(r, "n").getLiteralValue()).longValue())
            .max()
            .orElse(1);
    h.element("h3", texts.text("charts.relationsByCounterpart"));
    h.open("table", "class", "facts grouped")
        .open("thead")
        .open("tr")
        .element("th", "")
        .element("th", texts.text("entity.column.relation"))
        .element("th", texts.text("entity.column.with"))
        .element("th", texts.text("charts.statements"))
        .element("th", texts.text("charts.asserted"))
        .close("tr")
        .close("thead")
        .open("tbody");
    for (Binding row : rows) {
      String n = lexical(row, "n");
      h.open("tr")
          .element("td", lexical(row, "dir"))
          .element("td", lexical(row, "pred"))
          .open("td");
      PageLayout.term(h, site.links(), get(row, "other"), get(row, "otherLabel"));
      h.close("td")
          .open("td", "class", "num")
          .open("meter", "value", n, "min", "0", "max", Long.toString(most))
          .close("meter")
          .text(" " + n)
          .close("td")
          .element("td", lexical(row, "asserted"), "class", "num")
          .close("tr");
    }
    h.close("tbody").close("table");
  }
}
