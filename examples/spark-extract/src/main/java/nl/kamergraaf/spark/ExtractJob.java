package nl.kamergraaf.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.ExtractedGraph;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.ingest.CorpusReader;
import nl.kamergraaf.ingest.Document;
import nl.kamergraaf.ingest.DocumentReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * kamergraaf extraction as a Spark job: the document paths are split into partitions, and each
 * partition extracts its documents with one {@link DocumentExtractor} (loading one is the costly
 * part, and it is not thread-safe) and writes their quads, validated by {@link ExtractedGraph}
 * as {@code kamergraaf build} validates them, to
 * {@code OUTPUT/part-NNNNN.nq.gz}. The driver writes the ontology to
 * {@code OUTPUT/ontology.nq.gz}. Load the result with {@link LoadStore} or Jena's
 * {@code tdb2.tdbloader}.
 *
 * <pre>
 * spark-submit --class nl.kamergraaf.spark.ExtractJob --master local[2] \
 *   --jars "$(ls target/lib/*.jar | paste -sd,)" target/kamergraaf-spark-extract-0.1.0-SNAPSHOT.jar \
 *   /data/corpus /data/quads 8
 * </pre>
 *
 * <p>Paths must be readable from every executor under the same name (a shared file system).
 */
public final class ExtractJob {
  private ExtractJob() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ExtractJob INPUT_DIR OUTPUT_DIR [PARTITIONS] [MASTER]");
      System.exit(2);
    }
    Path input = Path.of(args[0]).toAbsolutePath();
    Path output = Path.of(args[1]).toAbsolutePath();
    SparkConf conf = new SparkConf().setAppName("kamergraaf-extract");
    if (args.length > 3) {
      conf.setMaster(args[3]);
    }
    Files.createDirectories(output);
    List<String> files = documents(input);
    long t0 = System.nanoTime();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      int partitions = args.length > 2 ? Integer.parseInt(args[2]) : sc.defaultParallelism();
      JavaRDD<String> paths = sc.parallelize(files, partitions);
      String in = input.toString();
      String out = output.toString();
      List<String> counts = paths
          .mapPartitionsWithIndex((index, it) -> extractPartition(index, it, in, out), false)
          .collect();
      writeOntology(output.resolve("ontology.nq.gz"));
      long quads = 0;
      int rejected = 0;
      for (String c : counts) {
        String[] f = c.split("\t");
        quads += Long.parseLong(f[1]);
        rejected += Integer.parseInt(f[2]);
      }
      System.out.printf("Extracted %d documents in %d partitions (%d rejected), %,d quads, "
          + "in %.1f s on %s%n", files.size() - rejected, counts.size(), rejected, quads,
          (System.nanoTime() - t0) / 1e9, sc.master());
    }
  }

  /** Extracts one partition's documents into one N-Quads file; returns "index, quads, rejected". */
  static Iterator<String> extractPartition(int index, Iterator<String> paths, String input,
      String output) throws IOException {
    DocumentExtractor extractor = DocumentExtractor.load();
    DocumentReader reader = new DocumentReader();
    Iris iris = Iris.defaults();
    Path root = Path.of(input);
    Path part = Path.of(output, String.format("part-%05d.nq.gz", index));
    long quads = 0;
    int rejected = 0;
    try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
      StreamRDF nq = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
      nq.start();
      while (paths.hasNext()) {
        Path file = Path.of(paths.next());
        String source = root.relativize(file).toString().replace('\\', '/');
        try {
          quads += extractOne(extractor, iris, reader.read(file, source), nq);
        } catch (KamergraafException e) {
          // As `kamergraaf build` does: report the document and go on with the others.
          System.err.println("rejected: " + e.getMessage().lines().findFirst().orElse(""));
          rejected++;
        }
      }
      nq.finish();
    }
    return List.of(index + "\t" + quads + "\t" + rejected).iterator();
  }

  /** Extracts, validates against the shapes, and only then writes a document's quads. */
  private static long extractOne(DocumentExtractor extractor, Iris iris, Document doc, StreamRDF out) {
    List<Quad> quads = ExtractedGraph.of(extractor, iris, doc);
    quads.forEach(out::quad);
    return quads.size();
  }

  private static void writeOntology(Path file) throws IOException {
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
      StreamRDF nq = StreamRDFWriter.getWriterStream(os, Lang.NQUADS);
      nq.start();
      ExtractedGraph.ontology(Iris.defaults()).forEach(nq::quad);
      nq.finish();
    }
  }

  private static List<String> documents(Path input) throws IOException {
    List<String> files = new ArrayList<>();
    try (var walk = Files.walk(input)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> CorpusReader.isDocumentName(p.getFileName().toString()))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(p -> files.add(p.toString()));
    }
    return files;
  }
}
