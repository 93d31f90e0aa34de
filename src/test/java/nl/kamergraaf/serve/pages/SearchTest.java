package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Full-text search on the bundled corpus: {@code text:query} on the served SPARQL endpoint, and the
 * search page with its snippets, filters and links to the exact span. What should be found is
 * worked out independently, by a regular expression over the questions' own texts.
 */
class SearchTest {
  private static final String PREFIXES =
      """
      PREFIX text: <http://jena.apache.org/text#>
      PREFIX kg: <https://w3id.org/kamergraaf/def#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      """;
  private static SiteServer site;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  /** Questions whose own text has a word matching {@code word} (diacritics folded, any case). */
  private static Set<String> questionsWithWord(String regex) {
    Pattern p = Pattern.compile("\\b(" + regex + ")\\b", Pattern.CASE_INSENSITIVE);
    Set<String> out = new TreeSet<>();
    Txn.executeRead(
        BundledCorpus.dataset(),
        () ->
            QueryExec.dataset(BundledCorpus.dataset())
                .query(PREFIXES + "SELECT ?q ?t WHERE { ?q a kg:Question ; kg:text ?t }")
                .select()
                .forEachRemaining(
                    row -> {
                      if (p.matcher(fold(row.get("t").getLiteralLexicalForm())).find()) {
                        out.add(row.get("q").getURI());
                      }
                    }));
    return out;
  }

  @Test
  void textQueryOnTheEndpointStemsAndFoldsDiacritics() {
    assertFindsExactly("drones", "drones?");
    assertFindsExactly("drone", "drones?");
    assertFindsExactly("Oekraine", "oekraine");
  }

  /**
   * Every question whose text has a word matching {@code regex} is found by {@code text:query} for
   * {@code typed}, and every question found has such a word in the text the index holds for it
   * (which may be longer than its kg:text where extraction gave the question a wider span).
   */
  private static void assertFindsExactly(String typed, String regex) {
    Set<String> expected = questionsWithWord(regex);
    assertTrue(expected.size() >= 4, typed + ": the corpus has such questions: " + expected);
    HttpResponse<String> r =
        site.get(
            "/sparql?query="
                + URLEncoder.encode(
                    PREFIXES
                        + """
        SELECT ?q ?text WHERE { (?q ?score ?text) text:query (kg:text "%s" 500) . ?q a kg:Question }
        """
                            .formatted(typed),
                    StandardCharsets.UTF_8),
            "application/sparql-results+json");
    assertEquals(200, r.statusCode(), r.body());
    Set<String> found = new TreeSet<>();
    Pattern word = Pattern.compile("\\b(" + regex + ")\\b", Pattern.CASE_INSENSITIVE);
    ResultSet rows =
        ResultSetFactory.fromJSON(
            new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    while (rows.hasNext()) {
      var row = rows.next();
      found.add(row.getResource("q").getURI());
      String text = fold(row.getLiteral("text").getLexicalForm());
      assertTrue(word.matcher(text).find(), typed + " found " + row.getResource("q") + ": " + text);
    }
    assertTrue(found.containsAll(expected), typed + ": missing " + minus(expected, found));
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  @Test
  void questionsMentioningMunitiePerFractieAsInTheExampleQuery() throws Exception {
    String query =
        new String(
            getClass().getResourceAsStream("/queries/search-munitie-per-fractie.rq").readAllBytes(),
            StandardCharsets.UTF_8);
    HttpResponse<String> r =
        site.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
    assertEquals(200, r.statusCode(), r.body());
    int total =
        r.body().lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1].strip())).sum();
    int questions =
        (int)
            site.get(
                    "/sparql?query="
                        + URLEncoder.encode(
                            PREFIXES
                                + "SELECT DISTINCT ?q WHERE { ?q text:query (kg:text \"munitie\" 1000) ; a kg:Question }",
                            StandardCharsets.UTF_8),
                    "text/csv")
                .body()
                .lines()
                .skip(1)
                .count();
    assertEquals(questions, total, "each question counted once, under its fractie: " + r.body());
    assertTrue(total >= questionsWithWord("munitie").size(), r.body());
  }

  @Test
  void searchPageMarksTheWordsAndLinksToTheExactSpan() {
    String html = page("/search?q=drones");
    assertTrue(html.contains("<ol class=\"hits\">"), html);
    Matcher marks = Pattern.compile("<mark>([^<]*)</mark>").matcher(html);
    Set<String> marked = new HashSet<>();
    while (marks.find()) {
      marked.add(marks.group(1).toLowerCase(Locale.ROOT));
    }
    assertTrue(
        marked.contains("drones") && marked.contains("drone"), "both forms marked: " + marked);
    Matcher link =
        Pattern.compile("href=\"(/page/doc/[0-9a-z_]+)\\?hit=(\\d+)-(\\d+)#hit\"").matcher(html);
    int followed = 0;
    while (link.find() && followed < 6) {
      String doc = page(link.group(1) + "?hit=" + link.group(2) + "-" + link.group(3));
      Matcher hit = Pattern.compile("<mark id=\"hit\" class=\"hit\">([^<]*)</mark>").matcher(doc);
      assertTrue(hit.find(), "the span is marked on " + link.group(1));
      assertTrue(hit.group(1).toLowerCase(Locale.ROOT).matches("drones?"), hit.group(1));
      followed++;
    }
    assertTrue(followed >= 3, "links to spans: " + followed);
  }

  @Test
  void filtersNarrowByFractieKindAndWhatWasFound() {
    String all = page("/search?q=munitie&in=question");
    String pvv = page("/search?q=munitie&in=question&fractie=fractie/pvv");
    int allHits = count(all, "<li class=\"hit hit-question\">");
    int pvvHits = count(pvv, "<li class=\"hit hit-question\">");
    assertTrue(pvvHits > 0 && pvvHits < allHits, pvvHits + " of " + allHits);
    assertEquals(pvvHits, count(pvv, "href=\"/page/fractie/pvv\""), "every hit is a PVV question");
    assertEquals(0, count(pvv, "hit-answer") + count(pvv, "hit-paper"));
    assertEquals(
        0,
        count(page("/search?q=munitie&from=2100-01-01"), "<li class=\"hit"),
        "no paper is dated after 2100");
    assertEquals(400, site.get("/search?q=munitie&from=yesterday", "text/html").statusCode());
    assertEquals(
        400, site.get("/search?q=x&from=2025-02-01&to=2025-01-01", "text/html").statusCode());
  }

  @Test
  void typedSyntaxIsSearchedAsWordsNeverAsQuerySyntax() {
    String html =
        page(
            "/search?q="
                + URLEncoder.encode("munitie) OR *:* \\\" <script>", StandardCharsets.UTF_8));
    assertFalse(html.contains("<script>"), "escaped");
    assertEquals(200, site.get("/search?q=%22%22%22", "text/html").statusCode());
  }

  @Test
  void everyPageHasTheSearchBox() {
    assertTrue(page("/page/org/navo").contains("action=\"/search\""));
    assertTrue(page("/").contains("action=\"/search\""));
  }

  private static int count(String text, String piece) {
    int n = 0;
    for (int i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) {
      n++;
    }
    return n;
  }

  private static String page(String path) {
    HttpResponse<String> r = site.get(path, "text/html");
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }
}
