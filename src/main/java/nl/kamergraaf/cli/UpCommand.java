package nl.kamergraaf.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kamergraaf.graph.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf up}: build the bundled corpus and serve it, with defaults. */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Build a corpus (default: the bundled one) and serve it on a read-only SPARQL endpoint.")
public final class UpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--input", defaultValue = "data/corpus", description = "Folder of documents (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--store", defaultValue = "store", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE,
      description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}).")
  String base;

  @Mixin LimitOptions limits = new LimitOptions();

  @Override
  public Integer call() {
    // Rejected documents are reported by the build; the rest is still worth serving.
    BuildCommand.run(input, store, base, spec);
    ServeCommand.serve(store, port, timeoutSeconds, base, input, limits, spec);
    return ExitCodes.OK;
  }
}
