package nl.kamergraaf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import nl.kamergraaf.build.BuildSummary;
import nl.kamergraaf.build.CorpusBuilder;
import nl.kamergraaf.build.DocumentBudget;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.ingest.CorpusReader;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.ingest.Normaliser;
import nl.kamergraaf.ingest.api.People;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf build}: documents in, a fresh TDB2 store swapped in. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Extract the documents of a folder into a fresh TDB2 store and put it in service.")
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      description = "Folder of documents (searched recursively).")
  Path input;

  @Option(names = "--store", required = true, description = "Store directory (created if missing).")
  Path store;

  @Option(
      names = "--base",
      defaultValue = Iris.DEFAULT_BASE,
      description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(
      names = "--max-file-size",
      defaultValue = "4M",
      converter = ByteSize.class,
      description = "Larger files are skipped unread (default: ${DEFAULT-VALUE}; e.g. 512K, 20M).")
  long maxFileSize;

  @Option(
      names = "--threads",
      description = "Extraction threads (default: one per core, ${DEFAULT-VALUE}).")
  int threads = CorpusBuilder.defaultThreads();

  @Option(
      names = "--full",
      description = "Extract every document again, even those unchanged since the last build.")
  boolean full;

  @Option(
      names = "--validate",
      description =
          "Check each extracted document's graph against "
              + "ontology/shapes.ttl and leave out those that violate it (the tests check the shapes; "
              + "the writer keeps them by construction).")
  boolean validate;

  @Option(
      names = "--document-time-limit",
      converter = DurationText.class,
      description =
          "Longest one document may take to extract; it is rejected past it "
              + "(default: a minute plus two minutes per MiB of text).")
  Duration documentTime;

  @Option(
      names = "--document-memory-limit",
      converter = ByteSize.class,
      description =
          "Most bytes one document's extraction may allocate; it is rejected past it "
              + "(default: 1G plus 10K per character of text).")
  Long documentBytes;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    DocumentBudget budget = DocumentBudget.defaults();
    if (documentTime != null) {
      budget = budget.withTime(documentTime);
    }
    if (documentBytes != null) {
      budget = budget.withBytes(documentBytes);
    }
    BuildSummary summary =
        run(input, store, base, threads, full, maxFileSize, budget, validate, spec);
    return summary.clean() ? ExitCodes.OK : ExitCodes.DOCUMENTS_REJECTED;
  }

  /** Builds incrementally on one thread per core and prints a summary; shared with {@code up}. */
  static BuildSummary run(Path input, Path store, String base, long maxFileSize, CommandSpec spec) {
    return run(
        input,
        store,
        base,
        CorpusBuilder.defaultThreads(),
        false,
        maxFileSize,
        DocumentBudget.defaults(),
        false,
        spec);
  }

  /** Builds and prints a summary. */
  static BuildSummary run(
      Path input,
      Path store,
      String base,
      int threads,
      boolean full,
      long maxFileSize,
      DocumentBudget budget,
      boolean validate,
      CommandSpec spec) {
    if (!Files.isDirectory(input)) {
      throw new IngestException("--input " + input + " is not a folder of documents");
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    out.printf(
        "Building %s into %s (%d thread%s%s)%n",
        input, store, threads, threads == 1 ? "" : "s", full ? ", every document" : "");
    out.flush();
    CorpusReader reader = new CorpusReader(new DocumentReader(new Normaliser(), maxFileSize));
    // The members and fracties fetch --people left in input/people/, if any.
    People people = People.read(input);
    if (!people.isEmpty()) {
      out.printf(
          "People tables: %d persons, %d fracties, %d seats%n",
          people.persons().size(), people.fracties().size(), people.memberships().size());
    }
    CorpusBuilder builder =
        new CorpusBuilder(() -> DocumentExtractor.load(people), new Iris(base), threads, reader)
            .withPeople(people)
            .withBudget(budget)
            .withValidation(validate);
    BuildSummary s = builder.buildStore(input, store, full, new ConsoleProgress(out, err));
    if (s.upToDate()) {
      out.printf(
          "Nothing changed (%d documents unchanged) in %.1f s; still in service: %s%n",
          s.reused(), s.millis() / 1000.0, s.database());
    } else {
      out.printf(
          "Built %d documents (%d extracted, %d unchanged and reused), %,d quads in %.1f s;"
              + " in service: %s%n",
          s.built() + s.reused(),
          s.built(),
          s.reused(),
          s.quads(),
          s.millis() / 1000.0,
          s.database());
    }
    if (!s.clean()) {
      // The summary comes last so that it is what a long build leaves on the screen.
      err.printf(
          "%d document(s) rejected, %d built:%n", s.rejected().size(), s.built() + s.reused());
      s.rejected().forEach(r -> err.println("  " + r.lines().findFirst().orElse(r)));
    }
    out.flush();
    err.flush();
    return s;
  }
}
