package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.graph.BundledCorpus;
import nl.kamergraaf.serve.cache.ResponseCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English as well as Dutch over HTTP, on the bundled corpus in a real TDB2 store behind a real
 * server: SPARQL finds an entity by its English name, pages follow {@code Accept-Language}, and the
 * response cache keeps the languages apart.
 */
class LanguagesTest {
  private static final String NL_IRI = "https://w3id.org/kamergraaf/id/country/nl";
  private static SiteServer site;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static String sparqlCsv(String query) {
    HttpResponse<String> r =
        site.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  @Test
  void sparqlFindsNederlandByItsEnglishName() {
    String skos = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
    String found = sparqlCsv(skos + "SELECT ?c WHERE { ?c skos:prefLabel \"Netherlands\"@en }");
    assertEquals(NL_IRI, found.lines().skip(1).findFirst().orElse("").strip(), found);
    assertEquals(2, found.lines().count(), "one entity: " + found);
    // The Dutch name is still the untagged one, and a Dutch query keeps one name per entity.
    String dutch =
        sparqlCsv(
            skos
                + "SELECT ?l WHERE { <"
                + NL_IRI
                + "> skos:prefLabel ?l "
                + "FILTER(lang(?l) != \"en\") }");
    assertEquals("Nederland", dutch.lines().skip(1).findFirst().orElse("").strip(), dutch);
    assertEquals(2, dutch.lines().count(), dutch);
    // Organisations, programmes and roles from the English-names table.
    assertTrue(
        sparqlCsv(
                skos
                    + "SELECT ?e WHERE { ?e skos:prefLabel|skos:altLabel \"European Peace Facility\"@en }")
            .contains("/id/program/epf"));
    assertTrue(
        sparqlCsv(skos + "SELECT ?e WHERE { ?e skos:prefLabel \"NATO\"@en }")
            .contains("/id/org/navo"));
    assertTrue(
        sparqlCsv(
                skos
                    + "SELECT ?e WHERE { ?e skos:altLabel \"North Atlantic Treaty Organization\"@en }")
            .contains("/id/org/navo"));
    assertTrue(
        sparqlCsv(skos + "SELECT ?e WHERE { ?e skos:prefLabel \"Minister of Defence\"@en }")
            .contains("/id/role/minister-van-defensie"));
  }

  @Test
  void anEntityPageIsEnglishOrDutchAsAskedAndVaries() {
    HttpResponse<String> en = site.get("/page/country/nl", "text/html", "en-GB,en;q=0.8,nl;q=0.5");
    assertEquals(200, en.statusCode());
    assertTrue(en.body().contains("<html lang=\"en\">"), "lang attribute");
    assertTrue(en.body().contains("<h1>Netherlands</h1>"), "the English name");
    assertTrue(
        en.body().contains("Also called:") && en.body().contains("Nederland"),
        "the Dutch name among the others");
    assertTrue(en.body().contains("Neighbourhood in the graph view"), "English interface");
    assertTrue(en.body().contains(">Ukraine<"), "related entities by their English names");
    assertTrue(
        en.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));

    HttpResponse<String> nl = site.get("/page/country/nl", "text/html", "nl-NL,nl;q=0.9,en;q=0.5");
    assertTrue(nl.body().contains("<html lang=\"nl\">"), "lang attribute");
    assertTrue(nl.body().contains("<h1>Nederland</h1>"), "the Dutch name");
    // (Quotes from the papers may hold English words; the names the page gives do not.)
    Matcher others = Pattern.compile("<p>Ook genoemd: ([^<]*)</p>").matcher(nl.body());
    assertTrue(others.find(), "other names");
    assertFalse(others.group(1).contains("Netherlands"), "no English name on a Dutch page");
    assertTrue(others.group(1).contains("Koninkrijk der Nederlanden"), others.group(1));
    assertFalse(nl.body().contains("<title>Netherlands"));
    assertTrue(nl.body().contains("Omgeving in de graafweergave"), "Dutch interface");
    assertTrue(nl.body().contains(">Oekraïne<"), "related entities by their Dutch names");
    assertTrue(
        nl.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));

    // Neither language asked for: the page as it always was.
    HttpResponse<String> other = site.get("/page/country/nl", "text/html", "fr");
    assertTrue(
        other.body().contains("<html lang=\"nl\">")
            && other.body().contains("<h1>Nederland</h1>")
            && other.body().contains("Neighbourhood in the graph view"),
        "default page");
  }

  @Test
  void searchingForAnEnglishNameFindsTheEntity() {
    HttpResponse<String> en = site.get("/search?q=Netherlands", "text/html", "en");
    assertEquals(200, en.statusCode());
    Matcher named =
        Pattern.compile("<p class=\"entities-named\" id=\"entities-named\">(.*?)</p>")
            .matcher(en.body());
    assertTrue(named.find(), "entities named on the search page");
    assertTrue(
        named.group(1).contains("href=\"/page/country/nl\"")
            && named.group(1).contains(">Netherlands<"),
        named.group(1));
    HttpResponse<String> nl = site.get("/search?q=netherlands", "text/html", "nl");
    assertTrue(
        nl.body().contains("Entiteiten met de naam") && nl.body().contains(">Nederland</a>"),
        "case ignored, the Dutch name on a Dutch page");
    assertFalse(
        site.get("/search?q=drones", "text/html", "en").body().contains("entities-named"),
        "a word that names no entity lists none");
  }

  @Test
  void everyPageSpeaksDutchWhenAskedAndEnglishOtherwise() {
    // path, a text of the Dutch interface on it, the English text it stands for
    String[][] pages = {
      {"/", "Vragen per fractie", "Questions per fractie"},
      {"/search?q=drone", "Zoeken in de stukken", "Search the papers"},
      {"/graph", "Graafweergave", "Graph view"},
      {"/query", "Resultaten als", "Results as"},
      {"/sparql", "Voorbeeldqueries", "Example queries"},
      {"/page/doc/002_13d841ed3eb9d257", "Gemarkeerd:", "Marked:"}
    };
    for (String[] page : pages) {
      String nl = site.get(page[0], "text/html", "nl").body();
      String en = site.get(page[0], "text/html", "en").body();
      assertTrue(nl.contains(page[1]) && !nl.contains(page[2]), "Dutch " + page[0]);
      assertTrue(en.contains(page[2]) && !en.contains(page[1]), "English " + page[0]);
    }
  }

  @Test
  void theCacheNeverAnswersOneLanguageWithTheOther() {
    String path = "/page/org/navo";
    HttpResponse<String> nl = site.get(path, "text/html", "nl");
    HttpResponse<String> en = site.get(path, "text/html", "en");
    HttpResponse<String> nlAgain = site.get(path, "text/html", "nl");
    HttpResponse<String> enAgain = site.get(path, "text/html", "en");
    assertTrue(nl.body().contains("<h1>NAVO</h1>"), "Dutch first");
    assertTrue(en.body().contains("<h1>NATO</h1>"), "English after Dutch is not the Dutch copy");
    assertEquals(
        "hit",
        nlAgain.headers().firstValue(ResponseCache.HEADER).orElse(""),
        "the Dutch page was kept");
    assertEquals(nl.body(), nlAgain.body());
    assertEquals("hit", enAgain.headers().firstValue(ResponseCache.HEADER).orElse(""));
    assertEquals(en.body(), enAgain.body());
  }
}
