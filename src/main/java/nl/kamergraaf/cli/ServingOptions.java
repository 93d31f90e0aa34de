package nl.kamergraaf.cli;

import java.nio.file.Path;
import java.time.Duration;
import nl.kamergraaf.graph.Iris;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of every command that serves a store ({@code serve}, {@code up}, {@code soak}): the
 * store, the documents it is built from, the base of its IRIs and the query timeout. The commands
 * differ only in their defaults, which each gives through its {@link OptionDefaults} (picocli shows
 * them as {@code ${DEFAULT-VALUE}} too).
 */
final class ServingOptions {
  @Option(names = "--store", description = "Store directory (made by 'build').")
  Path store;

  @Option(
      names = "--input",
      description =
          "Folder the store was built from, to show document texts on the pages of a "
              + "database built without its texts (builds keep them with the database).")
  Path input;

  @Option(
      names = "--base",
      defaultValue = Iris.DEFAULT_BASE,
      description = "Base the store's IRIs are minted under (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(
      names = "--timeout",
      converter = DurationText.class,
      description =
          "Query timeout: seconds, or a number with s, m or h (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  /** The store; a usage error when the command has no default and none was given. */
  Path store(CommandSpec spec) {
    if (store == null) {
      throw new ParameterException(
          spec.commandLine(), "Missing required option: '--store=<store>'");
    }
    return store;
  }
}
