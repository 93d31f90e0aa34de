package nl.kamergraaf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kamergraaf.bench.BenchReport;
import nl.kamergraaf.bench.BenchSettings;
import nl.kamergraaf.bench.Benchmark;
import nl.kamergraaf.build.CorpusBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf bench}: every stage and its baseline on one corpus, as a Markdown table. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure extraction, store build and queries against their baselines on one "
            + "corpus in one run; print a Markdown report and write it to --output.")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      description = "Corpus folder (e.g. made by `generate`).")
  Path input;

  @Option(names = "--work", required = true, description = "Scratch folder for stores and logs.")
  Path work;

  @Option(names = "--output", description = "Markdown file to write the report to.")
  Path output;

  @Option(
      names = "--queries",
      defaultValue = "queries",
      description = "Contract queries (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      description = "Runs per stage (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(
      names = "--sample",
      defaultValue = "20",
      description = "Documents the text stages use (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(
      names = "--clients",
      split = ",",
      defaultValue = "1,2,4,8",
      description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(
      names = "--requests",
      defaultValue = "40",
      description = "Entity requests per client (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--contract-rounds",
      defaultValue = "2",
      description = "Times each client sends every contract query (default: ${DEFAULT-VALUE}).")
  int contractRounds;

  @Option(
      names = "--heap",
      defaultValue = "1g",
      description = "-Xmx of the build and serve JVMs (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--threads", description = "Extraction threads (default: one per core).")
  int threads = CorpusBuilder.defaultThreads();

  @Option(
      names = "--reuse-store",
      description = "A store already built from --input: skip the first build.")
  Path reuseStore;

  @Option(
      names = "--server-cache",
      defaultValue = "64M",
      description =
          "The server's --cache-size during the query runs; 0 computes every answer "
              + "(default: ${DEFAULT-VALUE}).")
  String serverCache;

  @Option(names = "--serve-only", description = "Only serve --reuse-store and run the queries.")
  boolean serveOnly;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    BenchReport report;
    try {
      BenchSettings settings =
          new BenchSettings(
              input,
              work,
              queries,
              repeat,
              sample,
              clients,
              requests,
              contractRounds,
              heap,
              threads,
              reuseStore,
              serveOnly,
              serverCache);
      report = new Benchmark(settings, err).run();
    } catch (Exception e) {
      err.println("kamergraaf: the benchmark failed: " + e.getMessage());
      err.flush();
      return ExitCodes.BENCH;
    }
    String md = report.markdown();
    out.print(md);
    out.flush();
    if (output != null) {
      try {
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, md, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("kamergraaf: cannot write " + output + ": " + e.getMessage());
        return ExitCodes.BENCH;
      }
    }
    if (report.failed()) {
      err.println("kamergraaf: some requests failed; see the errors column");
      return ExitCodes.BENCH;
    }
    return ExitCodes.OK;
  }
}
