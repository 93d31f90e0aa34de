package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.graph.BundledCorpus;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An entity named hundreds of times gets its page a slice at a time: walking the "next" links shows
 * every mention exactly once, and a slice past the end shows none.
 */
class SlicedPagesTest {
  private static final Pattern MENTION_ROW =
      Pattern.compile("<tr><td><q>[^<]*</q> <a href=\"(/page/doc/[^\"#]+#at-\\d+-\\d+)\"");
  private static final Pattern NEXT =
      Pattern.compile("href=\"(/page/country/nl\\?mentions=\\d+)#mentions\"[^>]*>next");
  private static SiteServer site;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void walkingTheSlicesOfAMuchNamedEntityShowsEveryMentionOnce() {
    long expected = mentionsOfNederland();
    assertTrue(expected > 2 * EntityFacts.SHOWN, "the test needs several slices: " + expected);
    List<String> seen = new ArrayList<>();
    String path = "/page/country/nl";
    int slices = 0;
    while (path != null) {
      String html = page(path);
      String mentions = html.substring(html.indexOf("id=\"mentions\""));
      Matcher row = MENTION_ROW.matcher(mentions);
      int before = seen.size();
      while (row.find()) {
        seen.add(row.group(1));
      }
      assertTrue(seen.size() - before <= EntityFacts.SHOWN, "a slice holds at most SHOWN rows");
      if (slices > 0) {
        assertTrue(mentions.contains("← previous"), "a later slice links back");
      }
      Matcher next = NEXT.matcher(mentions);
      path = next.find() ? next.group(1).replace("&amp;", "&") : null;
      slices++;
    }
    Set<String> distinct = new HashSet<>(seen);
    assertEquals(seen.size(), distinct.size(), "no mention is shown twice");
    assertEquals(expected, seen.size(), "every mention is shown once over " + slices + " slices");
    assertEquals((expected + EntityFacts.SHOWN - 1) / EntityFacts.SHOWN, slices);
  }

  @Test
  void theFirstSliceSaysThereIsMoreAndASliceBeyondTheEndIsEmpty() {
    String first = page("/page/country/nl");
    assertTrue(first.contains("Mentions (1–" + EntityFacts.SHOWN + " of more)"), "heading");
    String beyond = page("/page/country/nl?mentions=" + Slice.MAX_OFFSET);
    assertTrue(beyond.contains("Mentions (none of "), "no rows beyond the end");
    assertFalse(MENTION_ROW.matcher(beyond.substring(beyond.indexOf("id=\"mentions\""))).find());
    // A malformed or negative offset is the first slice, not an error.
    assertEquals(first, page("/page/country/nl?mentions=-5"));
    assertEquals(first, page("/page/country/nl?mentions=%3Cscript%3E"));
  }

  @Test
  void aSmallEntityIsShownWholeWithExactCountsAndNoSliceLinks() {
    String html = page("/page/program/duits-geleid-inkoopproject");
    assertTrue(Pattern.compile("Mentions \\(\\d+\\)").matcher(html).find(), "exact count");
    assertFalse(html.contains("class=\"slices\""), "nothing to page through");
  }

  @Test
  void theGlanceViewHasTheChartsAloneAndAPageOfFewPapersHasThemInline() {
    String glance = page("/page/country/nl?view=glance");
    assertTrue(glance.contains("id=\"glance\"") && glance.contains("data-chart"), "charts");
    assertFalse(
        glance.contains("id=\"relations\"") || glance.contains("id=\"mentions\""),
        "the glance view lists no slices");
    // Nederland is named in the five bundled papers, far fewer than EntityCharts.INLINE_PAPERS.
    String page = page("/page/country/nl");
    assertTrue(page.contains("data-chart") && page.contains("id=\"relations\""), "inline charts");
    assertFalse(page.contains("?view=glance"), "no link to charts drawn on the page already");
  }

  /** Places where Nederland is named: a mention node lists each place its words stand. */
  private static long mentionsOfNederland() {
    String query =
        """
        SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g {
          ?m <http://www.w3.org/ns/oa#hasBody> <https://w3id.org/kamergraaf/id/country/nl> ;
             <https://w3id.org/kamergraaf/def#span> ?span } }""";
    return Txn.calculateRead(
        BundledCorpus.dataset(),
        () -> {
          try (QueryExec qe = QueryExec.dataset(BundledCorpus.dataset()).query(query).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
          }
        });
  }

  private static String page(String path) {
    HttpResponse<String> r = site.get(path, "text/html");
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }
}
