package nl.kamergraaf.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.kamergraaf.export.tables.TablesExport;
import nl.kamergraaf.graph.BundledCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /export?format=tables}: the same tables and data package as {@code kamergraaf export
 * --format tables}, as one zip; and a date range no paper falls in is refused with 400.
 */
class TablesOverHttpTest {
  private static SiteServer site;
  @TempDir Path tmp;

  @BeforeAll
  static void serve() {
    site = new SiteServer(BundledCorpus.dataset(), BundledCorpus.CORPUS);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void theZipHoldsWhatTheCommandWrites() throws Exception {
    HttpResponse<byte[]> r = site.getBytes("/export?format=tables");
    assertEquals(200, r.statusCode());
    assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
    Map<String, String> zipped = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        zipped.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    TablesExport.toFolder(BundledCorpus.dataset(), tmp);
    Map<String, String> written = new TreeMap<>();
    try (var files = Files.list(tmp)) {
      for (Path f : files.toList()) {
        written.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    assertEquals(written.keySet(), zipped.keySet());
    assertTrue(
        zipped.containsKey("datapackage.json") && zipped.size() == 10, zipped.keySet().toString());
    written.forEach((name, text) -> assertEquals(text, zipped.get(name), name));
  }

  @Test
  void aDateRangeWithoutPapersIsABadRequest() {
    HttpResponse<String> r = site.get("/export?format=gexf&from=1990-01-01&to=1990-12-31", null);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("dated from"), r.body());
  }
}
