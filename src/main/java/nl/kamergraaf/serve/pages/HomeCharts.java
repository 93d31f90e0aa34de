package nl.kamergraaf.serve.pages;

import static nl.kamergraaf.serve.pages.PageLayout.get;
import static nl.kamergraaf.serve.pages.PageLayout.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The pictures on the home page: questions per fractie, papers per month, and the programmes named
 * in the most questions.
 */
final class HomeCharts {
  static final int TOP_PROGRAMMES = 12;
  private static final String QUESTIONS_PER_FRACTIE =
      """
      SELECT ?label (COUNT(DISTINCT ?q) AS ?n) WHERE {
        ?q a kg:Question ; kg:askedBy ?f . ?f skos:prefLabel ?label FILTER(lang(?label) != "en")
      } GROUP BY ?label ORDER BY DESC(?n) ?label""";
  private static final String PAPERS_BY_DATE =
      """
      SELECT ?date (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document ; dcterms:date ?date }
      GROUP BY ?date""";
  private static final String TOP_PROGRAMMES_QUERY =
      """
      SELECT ?label (COUNT(DISTINCT ?q) AS ?n) WHERE {
        ?q a kg:Question ; kg:mentions ?p . ?p a kg:Program ; skos:prefLabel ?label
        FILTER(lang(?label) != "en")
      } GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT %d""";

  private final LinkedDataSite site;
  private final PageTexts texts;

  HomeCharts(LinkedDataSite site, PageTexts texts) {
    this.site = site;
    this.texts = texts;
  }

  /** Writes the charts; returns whether there was any to draw. */
  boolean render(Html h) {
    List<Charts.Bar> fracties = bars(site.sparql().select(QUESTIONS_PER_FRACTIE, Map.of()));
    List<Charts.Bar> months =
        EntityCharts.mentionsPerMonth(site.sparql().select(PAPERS_BY_DATE, Map.of()));
    List<Charts.Bar> programmes =
        bars(site.sparql().select(TOP_PROGRAMMES_QUERY.formatted(TOP_PROGRAMMES), Map.of()));
    if (fracties.isEmpty() && months.isEmpty() && programmes.isEmpty()) {
      return false;
    }
    h.element("h2", texts.text("charts.glance"), "id", "glance").open("div", "class", "charts");
    Charts.chart(
        h,
        "chart-fracties",
        "hbar",
        texts.text("charts.questionsPerFractie"),
        texts.text("charts.questions"),
        fracties);
    Charts.chart(
        h,
        "chart-papers",
        "bar",
        texts.text("charts.papersPerMonth"),
        texts.text("charts.papers"),
        months);
    Charts.chart(
        h,
        "chart-programmes",
        "hbar",
        texts.text("charts.topProgrammes"),
        texts.text("charts.questions"),
        programmes);
    h.close("div");
    return true;
  }

  private static List<Charts.Bar> bars(List<Binding> rows) {
    List<Charts.Bar> bars = new ArrayList<>();
    for (Binding row : rows) {
      long n = ((Number) get(row, "n").getLiteralValue()).longValue();
      bars.add(new Charts.Bar(lexical(row, "label"), n, Formats.number(Long.toString(n))));
    }
    return bars;
  }
}
