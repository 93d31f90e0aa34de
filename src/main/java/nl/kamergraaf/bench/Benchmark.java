package nl.kamergraaf.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.ingest.CorpusReader;

/**
 * The benchmark harness: every stage and its baseline on the same corpus in one run, each repeated,
 * reported as a Markdown page with medians, spread and the ratios the targets name.
 *
 * <pre>
 * BenchReport report = new Benchmark(settings, progress).run();
 * Files.writeString(Path.of("docs/performance/bench-100.md"), report.markdown());
 * </pre>
 */
public final class Benchmark {
  private final BenchSettings s;
  private final PrintWriter progress;

  public Benchmark(BenchSettings settings, PrintWriter progress) {
    this.s = settings;
    this.progress = progress;
  }

  public BenchReport run() throws Exception {
    Files.createDirectories(s.work());
    List<Path> files = documents(s.corpus());
    if (files.isEmpty()) {
      throw new IllegalArgumentException(s.corpus() + " holds no documents");
    }
    BenchReport report = new BenchReport(s, files.size(), megabytes(files));
    ChildJvm jvm = new ChildJvm(s.maxHeap(), s.work());
    if (s.serveOnly()) {
      say("queries over HTTP");
      report.served = serve(jvm, s.reuseStore());
      return report;
    }

    List<Path> sample = files.subList(0, Math.min(s.sample(), files.size()));
    Path sampleDir = copySample(sample);
    TextStages text = new TextStages(sample, sampleDir, s.repeat());
    report.sample(sample.size(), text.megabytes());
    say("floor");
    report.floor = text.floor();
    say("tokenizer");
    report.tokenize = text.tokenize();
    say("extraction, 1 thread");
    report.extractOne = text.extract(1);
    if (s.threads() > 1) {
      say("extraction, " + s.threads() + " threads");
      report.extractMany = text.extract(s.threads());
    }
    say("RDF writing");
    report.write = text.writeNQuads(text.quads());

    Path store;
    if (s.reuseStore() == null) {
      store = s.work().resolve("store");
      if (Files.exists(store)) {
        LoadStages.deleteTree(store);
      }
      say("first build (child JVM, -Xmx" + s.maxHeap() + ")");
      report.firstBuild =
          expectBuild(
              jvm.run(
                  "build-first",
                  "build",
                  "--input",
                  s.corpus().toString(),
                  "--store",
                  store.toString(),
                  "--threads",
                  Integer.toString(s.threads()),
                  "--full"),
              "Built ");
    } else {
      store = s.reuseStore();
    }
    say("no-change rebuilds");
    for (int i = 0; i < s.repeat(); i++) {
      report.rebuilds.add(
          expectBuild(
              jvm.run(
                  "build-again",
                  "build",
                  "--input",
                  s.corpus().toString(),
                  "--store",
                  store.toString()),
              "Nothing changed"));
    }
    report.storeBytes = size(store.resolve("current").toRealPath());

    LoadStages load = new LoadStages(s.corpus(), store, s.work(), s.repeat());
    Path nq = load.concatenate();
    say("tdb2 phased loader");
    report.tdbLoader = load.tdbLoader(nq, 0);
    say("our store build");
    report.ours = load.ours();
    Files.deleteIfExists(nq);

    say("queries over HTTP");
    report.served = serve(jvm, store);
    return report;
  }

  private ServeStages.Served serve(ChildJvm jvm, Path store) throws Exception {
    return new ServeStages(jvm, store, s.queries(), Iris.DEFAULT_BASE)
        .run(s.clients(), s.requests(), s.contractRounds(), s.serverCache());
  }

  private ChildJvm.Result expectBuild(ChildJvm.Result r, String expected) {
    if ((r.exitCode() != 0 && r.exitCode() != 3) || !r.output().contains(expected)) {
      throw new IllegalStateException(
          "the build in a child JVM did not go as expected (exit "
              + r.exitCode()
              + ", wanted \""
              + expected
              + "\"):\n"
              + tail(r.output()));
    }
    return r;
  }

  private static String tail(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }

  private void say(String stage) {
    progress.println("bench: " + stage + " ...");
    progress.flush();
  }

  private Path copySample(List<Path> sample) throws IOException {
    Path dir = s.work().resolve("sample");
    if (Files.exists(dir)) {
      LoadStages.deleteTree(dir);
    }
    Files.createDirectories(dir);
    for (Path f : sample) {
      Files.copy(f, dir.resolve(f.getFileName()));
    }
    return dir;
  }

  static List<Path> documents(Path corpus) throws IOException {
    try (Stream<Path> files = Files.list(corpus)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> CorpusReader.isDocumentName(p.getFileName().toString()))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static double megabytes(List<Path> files) throws IOException {
    long b = 0;
    for (Path f : files) {
      b += Files.size(f);
    }
    return b / 1e6;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      long total = 0;
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      }
      return total;
    }
  }
}
