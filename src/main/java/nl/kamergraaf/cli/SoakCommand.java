package nl.kamergraaf.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.graph.Store;
import nl.kamergraaf.graph.text.TextIndexes;
import nl.kamergraaf.serve.soak.SoakReport;
import nl.kamergraaf.serve.soak.SoakRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf soak}: a bounded load test of the server over a built store, on loopback. */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "Serve a built store on loopback and load it: entity pages alone and beside "
        + "expensive queries, then clients sending a mix of pages and queries. Reports errors, "
        + "timeouts, heap and threads before and after; exit status 9 if it did not hold.")
public final class SoakCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, description = "Store directory made by 'build'.")
  Path store;

  @Option(names = "--duration", defaultValue = "3m", converter = DurationText.class,
      description = "How long the clients send requests (default: ${DEFAULT-VALUE}; e.g. 90s, 10m).")
  Duration duration;

  @Option(names = "--clients", defaultValue = "8",
      description = "Clients sending requests at once (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--expensive", defaultValue = "20",
      description = "Expensive queries running while entity pages are timed (default: "
          + "${DEFAULT-VALUE}; 0 skips that check).")
  int expensive;

  @Option(names = "--timeout", defaultValue = "5", converter = DurationText.class,
      description = "Query timeout of the server under test (default: ${DEFAULT-VALUE} s).")
  Duration timeout;

  @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE,
      description = "Base the store's IRIs were minted under (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--input", description = "Folder the store was built from (document texts).")
  Path input;

  @Override
  public Integer call() throws InterruptedException {
    var dsg = TextIndexes.attach(Store.open(store));
    try {
      SoakReport report = SoakRun.builder().dataset(dsg).base(base).documents(input)
          .duration(duration).clients(clients).expensiveClients(expensive).queryTimeout(timeout)
          .build().run(spec.commandLine().getOut());
      report.print(spec.commandLine().getOut());
      return report.passed() ? ExitCodes.OK : ExitCodes.SOAK_FAILED;
    } finally {
      Store.close(dsg);
    }
  }
}
