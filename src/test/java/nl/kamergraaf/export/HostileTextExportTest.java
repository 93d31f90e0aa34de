package nl.kamergraaf.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/**
 * The export writers stay well-formed whatever a label holds: characters XML cannot hold come out
 * replaced (the JDK's XML writer wrote them as they were, and no XML parser read the file), and CSV
 * cells that a spreadsheet would run as formulas are neutralised.
 */
class HostileTextExportTest {
  private static final String ODD = "Kamer\uFFFFgraaf\u0001 Fonds\uFFFE \uD800 end";
  private static final ExportGraph GRAPH =
      new ExportGraph(
          List.of(
              node("urn:x:a", ODD),
              node("urn:x:b", "=HYPERLINK(\"http://evil.example\")"),
              node("urn:x:c", "-5"),
              node("urn:x:d", "@SUM(A1)")),
          List.of(
              new GraphEdge(
                  "e1",
                  "urn:x:a",
                  "urn:x:b",
                  "supports\u0002",
                  2,
                  new TreeSet<>(List.of(LocalDate.of(2025, 1, 2))))));

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"GEXF", "GRAPHML"})
  void xmlFormsParseAndKeepTheRestOfTheText(ExportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(GRAPH, out);

    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.toByteArray()));
    String text = xml.getDocumentElement().getTextContent() + attributes(out);
    assertTrue(text.contains("Kamer\uFFFDgraaf  Fonds\uFFFD \uFFFD end"), text);
  }

  @Test
  void csvCellsThatWouldRunAsFormulasAreNeutralised() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter.NODES.write(GRAPH, out);
    String csv = out.toString(StandardCharsets.UTF_8);

    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","), csv);
    assertTrue(csv.contains(",'@SUM(A1),"), csv);
    assertTrue(csv.contains(",-5,"), csv);
    assertEquals(5, csv.lines().count(), csv);
  }

  private static String attributes(ByteArrayOutputStream out) {
    return out.toString(StandardCharsets.UTF_8); // labels are attributes in GEXF
  }

  private static GraphNode node(String iri, String label) {
    return new GraphNode(iri, label, "org", 1, new TreeSet<>(List.of(LocalDate.of(2025, 1, 2))));
  }
}
