package nl.kamergraaf.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.build.text.TextIndexes;
import nl.kamergraaf.serve.soak.SoakReport;
import nl.kamergraaf.serve.soak.SoakRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf soak}: a bounded load test of the server over a built store, on loopback. */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    defaultValueProvider = SoakCommand.Defaults.class,
    description =
        "Serve a built store on loopback and load it: entity pages alone and beside "
            + "expensive queries, then clients sending a mix of pages and queries. Reports errors, "
            + "timeouts, heap and threads before and after; exit status 9 if it did not hold.")
public final class SoakCommand implements Callable<Integer> {
  /** The server under test times out queries after 5 s, so the query that never ends is cheap. */
  static final class Defaults extends OptionDefaults {
    Defaults() {
      super(Map.of("--timeout", "5"));
    }
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--duration",
      defaultValue = "3m",
      converter = DurationText.class,
      description =
          "How long the clients send requests (default: ${DEFAULT-VALUE}; e.g. 90s, 10m).")
  Duration duration;

  @Option(
      names = "--clients",
      defaultValue = "8",
      description = "Clients sending requests at once (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--expensive",
      defaultValue = "20",
      description =
          "Expensive queries running while entity pages are timed (default: "
              + "${DEFAULT-VALUE}; 0 skips that check).")
  int expensive;

  @Mixin ServingOptions serving = new ServingOptions();

  @Override
  public Integer call() throws InterruptedException {
    var dsg = TextIndexes.attach(Store.open(serving.store(spec)));
    try {
      SoakReport report =
          SoakRun.builder()
              .dataset(dsg)
              .base(serving.base)
              .documents(serving.input)
              .duration(duration)
              .clients(clients)
              .expensiveClients(expensive)
              .queryTimeout(serving.timeout)
              .build()
              .run(spec.commandLine().getOut());
      report.print(spec.commandLine().getOut());
      return report.passed() ? ExitCodes.OK : ExitCodes.SOAK_FAILED;
    } finally {
      Store.close(dsg);
    }
  }
}
