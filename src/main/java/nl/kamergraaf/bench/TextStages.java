package nl.kamergraaf.bench;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.build.BuildListener;
import nl.kamergraaf.build.BuildSummary;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.extract.nlp.DutchTokenizer;
import nl.kamergraaf.graph.Iris;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The stages that work on text, each on the same sample of documents: the floor (read, decode,
 * split on whitespace), CoreNLP tokenize + sentence split alone, our whole extraction on one thread
 * and on several, and writing the extracted quads as N-Quads.
 */
final class TextStages {
  private final List<Path> files;
  private final Path sampleDir;
  private final int repeat;
  private final long bytes;

  /** {@code sampleDir} holds exactly {@code files}, for the extraction, which reads a folder. */
  TextStages(List<Path> files, Path sampleDir, int repeat) throws Exception {
    this.files = files;
    this.sampleDir = sampleDir;
    this.repeat = repeat;
    long b = 0;
    for (Path f : files) {
      b += Files.size(f);
    }
    this.bytes = b;
  }

  double megabytes() {
    return bytes / 1e6;
  }

  Measured floor() throws Exception {
    return Measured.repeat(
        "floor: read + UTF-8 decode + whitespace split",
        repeat,
        "MB",
        "tokens are runs of non-space",
        () -> {
          long tokens = 0;
          for (Path f : files) {
            CharsetDecoder strict =
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            String text = strict.decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
            for (String t : text.split("\\s+")) {
              if (!t.isEmpty()) {
                tokens++;
              }
            }
          }
          return tokens > 0 ? megabytes() : 0;
        });
  }

  Measured tokenize() throws Exception {
    DutchTokenizer tokenizer = DutchTokenizer.create();
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    tokenizer.sentences(texts.get(0)); // warm up
    return Measured.repeat(
        "CoreNLP tokenize + ssplit alone",
        repeat,
        "MB",
        "1 thread, our tokenizer options",
        () -> {
          long sentences = 0;
          for (String t : texts) {
            sentences += tokenizer.sentences(t).size();
          }
          return sentences > 0 ? megabytes() : 0;
        });
  }

  /** Our extraction: ingest and normalise, annotate, rules, relations, SHACL check, quads out. */
  Measured extract(int threads) throws Exception {
    DocumentExtractor shared = DocumentExtractor.load();
    // as kamergraaf build runs it: the shapes are checked in the tests and with --validate
    CorpusBuilder builder =
        (threads == 1
                ? new CorpusBuilder(shared, Iris.defaults())
                : new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), threads))
            .withValidation(false);
    // Warm up (and, on several threads, load each thread's extractor) outside the timing.
    builder.build(sampleDir, counting(), BuildListener.quiet());
    return Measured.repeat(
        "full extraction, " + threads + " thread" + (threads == 1 ? "" : "s"),
        repeat,
        "MB",
        "normalise, annotate, rules, relations, RDF out",
        () -> {
          BuildSummary s = builder.build(sampleDir, counting(), BuildListener.quiet());
          if (!s.clean()) {
            throw new IllegalStateException("extraction rejected documents: " + s.rejected());
          }
          return megabytes();
        });
  }

  /** The sample's quads, kept in memory once, to time writing them. */
  List<Quad> quads() {
    List<Quad> all = new ArrayList<>();
    new CorpusBuilder(DocumentExtractor.load(), Iris.defaults())
        .build(
            sampleDir,
            new StreamRDFBase() {
              @Override
              public void quad(Quad q) {
                all.add(q);
              }
            },
            BuildListener.quiet());
    return all;
  }

  Measured writeNQuads(List<Quad> quads) throws Exception {
    return Measured.repeat(
        "RDF out: write N-Quads",
        repeat,
        "quads",
        "the sample's quads from memory to a discarding stream",
        () -> {
          StreamRDF out =
              StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), Lang.NQUADS);
          out.start();
          quads.forEach(out::quad);
          out.finish();
          return quads.size();
        });
  }

  private static StreamRDF counting() {
    return new StreamRDFBase();
  }
}
