package nl.kamergraaf.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Quads made from the bundled corpus for store and server tests: one named graph per document,
 * holding the document and each of its non-blank lines with text and line number.
 */
public final class StoreTestData {
  /** Namespace of the test resources; not the project's vocabulary. */
  public static final String NS = "https://example.org/kamergraaf-test/";

  public static final Node DOCUMENT = NodeFactory.createURI(NS + "Document");
  public static final Node LINE = NodeFactory.createURI(NS + "Line");
  public static final Node LINE_NUMBER = NodeFactory.createURI(NS + "lineNumber");

  private StoreTestData() {}

  public static List<Path> corpusFiles() {
    try (Stream<Path> files = Files.list(Path.of("data", "corpus"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Node graphOf(Path file) {
    return NodeFactory.createURI(NS + "graph/" + stem(file));
  }

  public static Node documentOf(Path file) {
    return NodeFactory.createURI(NS + "doc/" + stem(file));
  }

  /** Every document of the corpus, each in its own named graph. */
  public static void writeCorpus(StreamRDF out) {
    corpusFiles().forEach(file -> writeDocument(file, out));
  }

  public static void writeDocument(Path file, StreamRDF out) {
    Node graph = graphOf(file);
    Node doc = documentOf(file);
    out.quad(Quad.create(graph, doc, RDF.type.asNode(), DOCUMENT));
    out.quad(Quad.create(graph, doc, RDFS.label.asNode(), literal(file.getFileName().toString())));
    List<String> lines = readLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      int number = i + 1;
      Node line = NodeFactory.createURI(NS + "doc/" + stem(file) + "#line-" + number);
      out.quad(Quad.create(graph, line, RDF.type.asNode(), LINE));
      out.quad(Quad.create(graph, line, DCTerms.isPartOf.asNode(), doc));
      out.quad(Quad.create(graph, line, RDFS.label.asNode(), literal(text)));
      out.quad(
          Quad.create(
              graph,
              line,
              LINE_NUMBER,
              NodeFactory.createLiteralDT(Integer.toString(number), XSDDatatype.XSDinteger)));
    }
  }

  /** Number of non-blank lines of a corpus file, as {@link #writeDocument} counts them. */
  public static long nonBlankLines(Path file) {
    return readLines(file).stream().filter(l -> !l.isBlank()).count();
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node literal(String text) {
    return NodeFactory.createLiteralString(text);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
