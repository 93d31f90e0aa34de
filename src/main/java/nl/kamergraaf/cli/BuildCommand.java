package nl.kamergraaf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.BuildSummary;
import nl.kamergraaf.graph.CorpusBuilder;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.graph.Store;
import nl.kamergraaf.ingest.CorpusReader;
import nl.kamergraaf.ingest.DocumentReader;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.ingest.Normaliser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kamergraaf build}: documents in, a fresh TDB2 store swapped in. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Extract the documents of a folder into a fresh TDB2 store and put it in service.")
public final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, description = "Folder of documents (searched recursively).")
  Path input;

  @Option(names = "--store", required = true, description = "Store directory (created if missing).")
  Path store;

  @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE,
      description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--max-file-size", defaultValue = "4M", converter = ByteSize.class,
      description = "Larger files are skipped unread (default: ${DEFAULT-VALUE}; e.g. 512K, 20M).")
  long maxFileSize;

  @Override
  public Integer call() {
    BuildSummary summary = run(input, store, base, maxFileSize, spec);
    return summary.clean() ? ExitCodes.OK : ExitCodes.DOCUMENTS_REJECTED;
  }

  /** Builds with the default maximum file size and prints a summary; shared with {@code up}. */
  static BuildSummary run(Path input, Path store, String base, CommandSpec spec) {
    return run(input, store, base, DocumentReader.DEFAULT_MAX_FILE_SIZE, spec);
  }

  /** Builds and prints a summary. */
  static BuildSummary run(
      Path input, Path store, String base, long maxFileSize, CommandSpec spec) {
    if (!Files.isDirectory(input)) {
      throw new IngestException("--input " + input + " is not a folder of documents");
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    out.printf("Building %s into %s%n", input, store);
    out.flush();
    CorpusReader reader = new CorpusReader(new DocumentReader(new Normaliser(), maxFileSize));
    CorpusBuilder builder = new CorpusBuilder(DocumentExtractor.load(), new Iris(base), reader);
    BuildSummary[] summary = new BuildSummary[1];
    Path db = Store.buildFromStream(store, stream ->
        summary[0] = builder.build(input, stream, new ConsoleProgress(out, err)));
    BuildSummary s = summary[0];
    out.printf("Built %d documents, %,d quads in %.1f s; in service: %s%n",
        s.built(), s.quads(), s.millis() / 1000.0, db);
    if (!s.clean()) {
      // The summary comes last so that it is what a long build leaves on the screen.
      err.printf("%d document(s) rejected, %d built:%n", s.rejected().size(), s.built());
      s.rejected().forEach(r -> err.println("  " + r.lines().findFirst().orElse(r)));
    }
    out.flush();
    err.flush();
    return s;
  }
}
