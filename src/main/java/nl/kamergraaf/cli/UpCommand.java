package nl.kamergraaf.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kamergraaf up}: build the bundled corpus and serve it, with defaults. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    defaultValueProvider = UpCommand.Defaults.class,
    description =
        "Build a corpus (default: the bundled one, data/corpus, into ./store) and serve "
            + "it on a read-only SPARQL endpoint.")
public final class UpCommand implements Callable<Integer> {
  /** The bundled corpus into ./store; queries time out after 30 s. */
  static final class Defaults extends OptionDefaults {
    Defaults() {
      super(Map.of("--input", "data/corpus", "--store", "store", "--timeout", "30"));
    }
  }

  @Spec CommandSpec spec;

  @Mixin ServingOptions serving = new ServingOptions();

  @Mixin LimitOptions limits = new LimitOptions();

  @Override
  public Integer call() {
    Path store = serving.store(spec);
    // Rejected documents are reported by the build; the rest is still worth serving.
    BuildCommand.run(serving.input, store, serving.base, limits.maxFileSize, spec);
    ServeCommand.serve(store, serving, limits, spec);
    return ExitCodes.OK;
  }
}
