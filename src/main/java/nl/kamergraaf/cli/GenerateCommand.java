package nl.kamergraaf.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kamergraaf.bench.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kamergraaf generate}: a synthetic scaling corpus made from the bundled documents. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write N synthetic documents of the genre of the bundled corpus (questions "
            + "shuffled, numbers, dates and amounts varied), each marked as synthetic, for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--count", required = true, description = "How many documents to write.")
  int count;

  @Option(
      names = "--output",
      required = true,
      description = "Folder to write into (created; may only hold earlier synthetic documents).")
  Path output;

  @Option(
      names = "--templates",
      defaultValue = "data/corpus",
      description = "Real documents to vary (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
    }
    List<Path> written;
    try {
      written = new SyntheticCorpus(templates, seed).write(output, count);
    } catch (IOException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("kamergraaf: cannot generate: " + e.getMessage());
      return ExitCodes.OTHER;
    }
    spec.commandLine()
        .getOut()
        .printf("Wrote %d synthetic documents (seed %d) into %s%n", written.size(), seed, output);
    return ExitCodes.OK;
  }
}
