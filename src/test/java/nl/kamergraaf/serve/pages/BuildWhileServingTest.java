package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.build.OpenDatabase;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.serve.KamergraafServer;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Building while a server runs: the documents folder changes and is built twice more while a server
 * reads the first database. The server's document pages still mark exactly the words its database
 * found (the text is the one kept with that database, not the changed file), and no build deletes
 * the database it reads; once the server has stopped, a build clears it away.
 */
@Tag("slow") // builds of the corpus while it is served
class BuildWhileServingTest {
  private static final String FILE = "004_62cc81db4921119a.txt";
  private static final Pattern MARK =
      Pattern.compile("<a [^>]*id=\"at-(\\d+)-(\\d+)\"[^>]*class=\"mention[^>]*>([^<]*)</a>");

  @TempDir Path work;

  @Test
  void pagesMarkTheirOwnDatabasesWordsAndTheDatabaseOutlivesLaterBuilds() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Path store = work.resolve("store");
    String original = Files.readString(Path.of("data/corpus", FILE));
    Files.writeString(corpus.resolve(FILE), original);
    CorpusBuilder builder = new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), 1);
    builder.buildStore(corpus, store, false, BuildListener.quiet());

    OpenDatabase served = Store.openForServing(store);
    KamergraafServer.Builder server =
        KamergraafServer.builder().dataset(served.dataset()).port(0).loopbackOnly(true);
    LinkedDataSite.builder()
        .dataset(served.dataset())
        .documents(corpus)
        .keptTexts(served.texts().present() ? served.texts()::original : null)
        .build()
        .mountOn(server);
    KamergraafServer running = server.build().start();
    try {
      // Every position of the file moves: a paragraph comes before it, twice over.
      for (String added :
          List.of(
              "Een alinea die na de bouw is toegevoegd.\n\n",
              "En nog een, voor de tweede bouw.\n\n")) {
        Files.writeString(corpus.resolve(FILE), added + Files.readString(corpus.resolve(FILE)));
        builder.buildStore(corpus, store, false, BuildListener.quiet());
      }
      assertTrue(
          Files.isDirectory(served.directory()),
          "a build deleted the database the server reads: " + served.directory());

      String page = get(running.port(), "/page/doc/" + FILE.replace(".txt", ""));
      Map<String, String> exact = mentionQuotes(served);
      Matcher m = MARK.matcher(page);
      int marks = 0;
      while (m.find()) {
        String span = m.group(1) + "-" + m.group(2);
        assertEquals(exact.get(span), unescape(m.group(3)), "the mark at " + span);
        marks++;
      }
      assertTrue(marks > 20, marks + " marks on the page");
    } finally {
      running.stop();
      served.close();
    }
    builder.buildStore(corpus, store, true, BuildListener.quiet());
    assertFalse(Files.exists(served.directory()), "the database outlived its server");
  }

  /** Start-end of each mention in the served database, to the words it quotes. */
  private static Map<String, String> mentionQuotes(OpenDatabase db) {
    Map<String, String> quotes = new HashMap<>();
    Txn.executeRead(
        db.dataset(),
        () -> {
          try (QueryExec qe =
              QueryExec.dataset(db.dataset())
                  .query(
                      """
          PREFIX oa: <http://www.w3.org/ns/oa#>
          PREFIX kg: <https://w3id.org/kamergraaf/def#>
          SELECT ?span ?x { ?m oa:hasBody ?entity ; kg:span ?span ; kg:exact ?x }""")
                  .build()) {
            qe.select()
                .forEachRemaining(
                    row ->
                        quotes.put(
                            row.get("span").getLiteralLexicalForm(),
                            row.get("x").getLiteralLexicalForm()));
          }
        });
    return quotes;
  }

  private static String get(int port, String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
