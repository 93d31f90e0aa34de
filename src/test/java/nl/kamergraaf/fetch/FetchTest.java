package nl.kamergraaf.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch} against the stand-in API (constructed fixtures, real HTTP on loopback): paging,
 * expanded and separately requested actors, a 429 then success, a 500, invalid JSON, a download cut
 * short, a file that is not what its type says, papers outside the scope; then a later state of the
 * API with a deleted and a changed paper; and a run that finds nothing to download.
 */
@Tag("slow") // retries and timeouts against the stand-in API
class FetchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;
  private StandInApi api;
  private Path out;

  @BeforeEach
  void start() throws IOException {
    api = new StandInApi();
    out = tmp.resolve("tk");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  static FetchSettings settings(StandInApi api, Path out) {
    return FetchSettings.builder(out)
        .api(api.root())
        .since(LocalDate.of(2025, 1, 1))
        .people(true)
        .userAgent("kamergraaf/test (+https://w3id.org/kamergraaf/)")
        .retry(new Retry(3, Duration.ofMillis(10), Duration.ofSeconds(2)))
        .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10))
        .build();
  }

  private FetchSummary fetch() {
    return new Fetch(settings(api, out), FetchListener.quiet()).run();
  }

  private Set<String> files() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void firstRunStoresTheGoodPapersAndReportsTheBadOnes() throws IOException {
    FetchSummary s = fetch();

    assertEquals(
        new TreeSet<>(
            List.of(
                "2025D20001.docx",
                "2025D20001.json",
                "2025D25002.docx",
                "2025D25002.json",
                "2025D30001.docx",
                "2025D30001.json",
                "2025D30007.docx",
                "2025D30007.json",
                "2025D41000.doc",
                "2025D41000.json",
                "2026D10300.docx",
                "2026D10300.json",
                "2026D26000.pdf",
                "2026D26000.json",
                "people")),
        files(),
        "no half files, nothing out of range, out of scope, deleted or bad: " + s.failed());
    assertEquals(7, s.downloaded());
    assertEquals(14, s.listed());
    assertEquals(
        2, s.outOfScope(), "2024D04264 (before --since) and 2025D30006 (no defence dossier)");
    List<String> failed = s.failed();
    assertEquals(4, failed.size(), failed.toString());
    assertTrue(
        failed.get(0).startsWith("2025D30002: GET ")
            && failed.get(0).contains("HTTP 500 after 3 attempts"),
        failed.get(0));
    assertTrue(
        failed.get(1).startsWith("2025D30003: GET ") && failed.get(1).contains("cut short"),
        failed.get(1));
    assertTrue(
        failed.get(2).contains("2025D30004: the API says PDF but the bytes are HTML"),
        failed.get(2));
    assertTrue(
        failed.get(3).startsWith("2025D30005: its actors could not be fetched")
            && failed.get(3).contains("not valid JSON"),
        failed.get(3));

    // the filter asked for the defence scope, live papers, from the date on
    String listing = api.requests().get(0);
    assertTrue(
        listing.startsWith(
            "Document?$filter=Verwijderd eq false and Datum ge 2025-01-01T00:00:00+01:00 and ("),
        listing);
    assertTrue(
        listing.contains("Kamerstukdossier/any(d:d/Nummer eq 21501 and d/Toevoeging eq '28')"),
        listing);
    assertTrue(
        listing.contains(
            "Zaak/any(z:z/ZaakActor/any(a:a/Relatie eq 'Gericht aan' and a/Functie eq 'minister van Defensie'))"),
        listing);
    assertTrue(listing.contains("$expand=DocumentActor($expand=Persoon("), listing);
    assertEquals(1, api.count("Document?$skiptoken=2"), "paged on");
    assertEquals(1, api.count("Document?$skiptoken=3"));
    assertTrue(
        api.userAgents().stream().allMatch(a -> a.startsWith("kamergraaf/")),
        api.userAgents().toString());

    // 429 once, then the file; 500 three times; the cut-short download three times
    assertEquals(2, api.count("Document(a0000000-0000-4000-8000-000000000006)/resource"));
    assertEquals(3, api.count("Document(a0000000-0000-4000-8000-000000000008)/resource"));
    assertEquals(3, api.count("Document(a0000000-0000-4000-8000-000000000009)/resource"));
    assertEquals(
        0,
        api.count("Document(a0000000-0000-4000-8000-000000000003)/resource"),
        "out of range: not fetched");

    // actors: partial expansion completed, missing expansion asked for separately
    assertEquals(
        List.of("D. Yeşilgöz-Zegerius", "vaste commissie voor Defensie"), actorNames("2026D26000"));
    assertEquals(List.of("R.P. Brekelmans"), actorNames("2025D41000"));
    assertFalse(sidecar("2026D26000").has("DocumentActor@odata.nextLink"));
    assertEquals(
        Files.size(out.resolve("2026D26000.pdf")),
        sidecar("2026D26000").get("ContentLength").asLong());

    assertEquals(
        List.of("Fractie.json", "FractieZetel.json", "FractieZetelPersoon.json", "Persoon.json"),
        Files.list(out.resolve("people")).map(p -> p.getFileName().toString()).sorted().toList());
    assertEquals(7, s.people().get("Persoon"));
  }

  @Test
  void laterRunsRemoveDeletedPapersFetchChangedAndHealedOnesAndThenNothing() throws IOException {
    fetch();
    byte[] unchanged = Files.readAllBytes(out.resolve("2026D26000.pdf"));
    api.use("run2");
    api.clearLog();

    FetchSummary second = fetch();
    assertEquals(List.of(), second.failed());
    assertEquals(1, second.removed(), "2025D30001 was deleted");
    assertFalse(Files.exists(out.resolve("2025D30001.docx")));
    assertFalse(Files.exists(out.resolve("2025D30001.json")));
    assertEquals(5, second.downloaded(), "2025D30007 changed; 30002, 30003, 30004, 30005 healed");
    assertEquals("2025-09-01T10:00:00+02:00", sidecar("2025D30007").get("GewijzigdOp").asText());
    assertEquals(
        Files.size(out.resolve("2025D30007.docx")),
        sidecar("2025D30007").get("ContentLength").asLong());
    assertEquals(1, api.count("Document(a0000000-0000-4000-8000-000000000013)/resource"));
    assertEquals(
        0,
        api.count("Document(a0000000-0000-4000-8000-000000000002)/resource"),
        "unchanged: not fetched again");
    assertTrue(Arrays.equals(unchanged, Files.readAllBytes(out.resolve("2026D26000.pdf"))));

    api.clearLog();
    FetchSummary third = fetch();
    assertEquals(0, third.downloaded());
    assertEquals(0, third.removed());
    assertEquals(10, third.upToDate());
    assertEquals(
        0, api.count("/resource"), "a run with nothing new downloads no file: " + api.requests());
  }

  @Test
  void aKilledRunLeavesNoHalfFileAndTheNextOneCompletesIt() throws IOException {
    fetch();
    // As a fetch killed mid-way leaves it: a download under its hidden part name, and a paper
    // whose metadata was not yet written.
    Files.write(out.resolve(".2025D30002.docx.part"), new byte[] {1, 2, 3});
    Files.delete(out.resolve("2025D20001.json"));
    api.clearLog();

    FetchSummary s = fetch();

    assertFalse(Files.exists(out.resolve(".2025D30002.docx.part")));
    assertTrue(Files.exists(out.resolve("2025D20001.json")));
    assertEquals(1, api.count("Document(a0000000-0000-4000-8000-000000000005)/resource"));
    assertEquals(1, s.downloaded(), "only the paper without metadata");
  }

  @Test
  void aDamagedPaperIsFetchedAgainAndABadAnswerNeverReplacesAGoodFile() throws IOException {
    fetch();
    Files.write(out.resolve("2026D10300.docx"), new byte[] {'P', 'K'});
    api.clearLog();
    fetch();
    assertEquals(
        1,
        api.count("Document(a0000000-0000-4000-8000-000000000001)/resource"),
        "size differed: fetched again");
    assertEquals(
        api.bytes("formats/corpus/docx/001_bba492771d7bbacc.docx").length,
        Files.size(out.resolve("2026D10300.docx")));
  }

  private JsonNode sidecar(String number) throws IOException {
    return JSON.readTree(out.resolve(number + ".json").toFile());
  }

  private List<String> actorNames(String number) throws IOException {
    return StreamSupport.stream(sidecar(number).get("DocumentActor").spliterator(), false)
        .map(a -> a.get("ActorNaam").asText())
        .toList();
  }
}
