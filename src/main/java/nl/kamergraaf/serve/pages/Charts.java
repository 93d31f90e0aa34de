package nl.kamergraaf.serve.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Charts on the pages, drawn by Chart.js (from its WebJar, served from the jar) under the CSP: the
 * page holds a {@code <canvas>} with its data as JSON in a {@code data-chart} attribute and a table
 * of the same numbers for readers without scripts; {@code /static/charts.js} draws.
 */
final class Charts {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One bar of a chart: its label, its value, and the value as people read it. */
  record Bar(String label, double value, String shown) {}

  private Charts() {}

  /**
   * A chart titled {@code title}; {@code kind} is {@code bar} (vertical, e.g. over time) or {@code
   * hbar} (horizontal, for named categories); {@code unit} names the values.
   */
  static void chart(Html h, String id, String kind, String title, String unit, List<Bar> bars) {
    if (bars.isEmpty()) {
      return;
    }
    ObjectNode data = JSON.createObjectNode().put("kind", kind).put("unit", unit);
    bars.forEach(b -> data.withArray("labels").add(b.label()));
    bars.forEach(b -> data.withArray("values").add(b.value()));
    bars.forEach(b -> data.withArray("shown").add(b.shown()));
    String json;
    try {
      json = JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    h.open("figure", "class", "chart chart-" + kind, "id", id).element("figcaption", title);
    h.open("div", "class", "chart-box")
        .open("canvas", "data-chart", json, "role", "img", "aria-label", title)
        .close("canvas")
        .close("div");
    h.open("details")
        .element("summary", "as a table")
        .open("table", "class", "facts")
        .open("tbody");
    for (Bar b : bars) {
      h.open("tr").element("td", b.label()).element("td", b.shown(), "class", "num").close("tr");
    }
    h.close("tbody").close("table").close("details").close("figure");
  }

  /** The scripts that draw the charts: once per page, after its charts. */
  static void scripts(Html h) {
    h.open("script", "src", "/static/chart.umd.min.js").close("script");
    h.open("script", "src", "/static/charts.js").close("script");
  }
}
