package nl.kamergraaf;

import nl.kamergraaf.cli.BenchCommand;
import nl.kamergraaf.cli.BuildCommand;
import nl.kamergraaf.cli.EvalCommand;
import nl.kamergraaf.cli.ExportCommand;
import nl.kamergraaf.cli.FetchCommand;
import nl.kamergraaf.cli.GenerateCommand;
import nl.kamergraaf.cli.JarVersion;
import nl.kamergraaf.cli.QueryCommand;
import nl.kamergraaf.cli.ServeCommand;
import nl.kamergraaf.cli.SoakCommand;
import nl.kamergraaf.cli.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kamergraaf} command: subcommands only.
 *
 * <pre>
 * kamergraaf up                                   # build data/corpus into ./store and serve it on :3030
 * kamergraaf build --input data/corpus --store store
 * kamergraaf serve --store store --port 3030
 * kamergraaf query queries/questions.rq --store store --format csv
 * kamergraaf eval --gold ../shared/gold
 * kamergraaf export --store store --format gexf --output kamergraaf.gexf
 * kamergraaf generate --count 1000 --output /tmp/corpus-1000   # synthetic scaling corpus
 * kamergraaf bench --input /tmp/corpus-1000 --work /tmp/bench --output docs/performance/bench-1000.md
 * kamergraaf soak --store store --duration 3m       # load test on loopback; exit 9 if it fails
 * kamergraaf fetch --output data/tk --since 2025-01-01 --people   # papers from the Kamer's open-data API
 * </pre>
 */
@Command(
    name = "kamergraaf",
    mixinStandardHelpOptions = true,
    versionProvider = JarVersion.class,
    description = "Knowledge graph of Dutch parliamentary defence papers, served over SPARQL.",
    subcommands = {
      UpCommand.class,
      BuildCommand.class,
      ServeCommand.class,
      QueryCommand.class,
      EvalCommand.class,
      ExportCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      SoakCommand.class,
      FetchCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line with kamergraaf's error handling: a {@link KamergraafException} prints its
   * message and ends with the exit code it declares; enum values ({@code --format CSV}) are matched
   * ignoring case.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof KamergraafException k) {
            cmd.getErr().println("kamergraaf: " + k.getMessage());
            cmd.getErr().flush();
            return k.exitCode();
          }
          throw e;
        });
    return cl;
  }
}
