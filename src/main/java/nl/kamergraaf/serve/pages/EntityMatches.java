package nl.kamergraaf.serve.pages;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The entities a search names outright: those with a name (Dutch or English, canonical or other)
 * equal to what was typed, ignoring case. The papers are in Dutch, so "Netherlands" finds no text,
 * but it does name Nederland; the search page lists such entities above the hits.
 */
final class EntityMatches {
  /** At most this many entities are listed. */
  static final int MAX = 20;

  private static final String QUERY =
      """
      SELECT DISTINCT ?e ?label WHERE {
        ?e skos:prefLabel|skos:altLabel ?name .
        FILTER(LCASE(STR(?name)) = LCASE(STR(?typed)))
        %s
      } ORDER BY ?label ?e LIMIT %d""";

  private final LinkedDataSite site;
  private final PageTexts texts;

  EntityMatches(LinkedDataSite site, PageTexts texts) {
    this.site = site;
    this.texts = texts;
  }

  /** Writes the list of entities named {@code typed}; nothing when none is. */
  void render(Html h, String typed) {
    String wanted = typed.strip();
    if (wanted.isEmpty()) {
      return;
    }
    List<Binding> rows =
        site.sparql()
            .select(
                QUERY.formatted(texts.labelOf("e", "label"), MAX),
                "typed",
                NodeFactory.createLiteralString(wanted));
    if (rows.isEmpty()) {
      return;
    }
    h.open("p", "class", "entities-named", "id", "entities-named")
        .text(texts.text("search.entitiesNamed", wanted));
    String separator = "";
    for (Binding row : rows) {
      h.raw(separator);
      PageLayout.term(h, site.links(), PageLayout.get(row, "e"), PageLayout.get(row, "label"));
      separator = " · ";
    }
    h.close("p");
  }
}
