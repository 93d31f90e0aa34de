package nl.kamergraaf.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.graph.RdfFactWriter;
import nl.kamergraaf.graph.Vocabularies;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.DocumentReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden extraction cases, found not listed: every folder under src/test/resources/cases holds an
 * excerpt of a real paper ({@code input.txt}) and the graph it must give ({@code expected.trig}),
 * compared by isomorphism; a second run must give the same graph.
 *
 * <p>After a deliberate rule change, regenerate with {@code mvn test -Dtest=GoldenCasesTest
 * -Dkamergraaf.updateGolden=true} and review the diff.
 */
class GoldenCasesTest {
  private static final Path CASES = Path.of("src/test/resources/cases");
  private static DocumentExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = DocumentExtractor.load();
  }

  static Stream<Path> cases() throws IOException {
    return Files.list(CASES).filter(Files::isDirectory).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsTheExpectedGraph(Path dir) throws IOException {
    DatasetGraph actual = extract(dir);
    Path expectedFile = dir.resolve("expected.trig");
    if (Boolean.getBoolean("kamergraaf.updateGolden")) {
      try (OutputStream out = Files.newOutputStream(expectedFile)) {
        RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
      }
    }
    DatasetGraph expected = RDFDataMgr.loadDatasetGraph(expectedFile.toString(), Lang.TRIG);
    if (!IsoMatcher.isomorphic(expected, actual)) {
      fail(
          "graph of "
              + dir.getFileName()
              + " differs from expected.trig\n"
              + difference(expected, actual));
    }
    assertTrue(IsoMatcher.isomorphic(actual, extract(dir)), "a second run gives the same graph");
  }

  private static DatasetGraph extract(Path dir) {
    Document doc = new DocumentReader().read(dir.resolve("input.txt"), "input.txt");
    DatasetGraph dsg = DatasetGraphFactory.create();
    Vocabularies.PREFIXES.getNsPrefixMap().forEach(dsg.prefixes()::add);
    extractor.extract(doc, new RdfFactWriter(Iris.defaults(), StreamRDFLib.dataset(dsg)));
    return dsg;
  }

  /**
   * The quads only one side has, blank nodes written as {@code _:b} so that the same quad with
   * other blank node labels is not reported.
   */
  static String difference(DatasetGraph expected, DatasetGraph actual) {
    List<String> want = lines(expected);
    List<String> got = lines(actual);
    List<String> missing = new ArrayList<>(want);
    got.forEach(missing::remove);
    List<String> extra = new ArrayList<>(got);
    want.forEach(extra::remove);
    return "--- missing ("
        + missing.size()
        + "):\n"
        + String.join("\n", missing)
        + "\n--- extra ("
        + extra.size()
        + "):\n"
        + String.join("\n", extra);
  }

  private static List<String> lines(DatasetGraph dsg) {
    List<String> out = new ArrayList<>();
    dsg.find()
        .forEachRemaining(
            q ->
                out.add(
                    Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())
                        .map(n -> n.isBlank() ? "_:b" : NodeFmtLib.strNT(n))
                        .collect(Collectors.joining(" "))));
    out.sort(null);
    return out;
  }
}
