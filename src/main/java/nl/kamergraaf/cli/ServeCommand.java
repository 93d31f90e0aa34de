package nl.kamergraaf.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import nl.kamergraaf.graph.Store;
import nl.kamergraaf.serve.KamergraafServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf serve}: the read-only SPARQL endpoint over a built store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a built store over a read-only SPARQL endpoint.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, description = "Store directory made by 'build'.")
  Path store;

  @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Override
  public Integer call() {
    serve(store, port, timeoutSeconds, spec);
    return ExitCodes.OK;
  }

  static void serve(Path store, int port, long timeoutSeconds, CommandSpec spec) {
    var dsg = Store.open(store);
    KamergraafServer server = KamergraafServer.builder()
        .dataset(dsg).port(port).queryTimeout(Duration.ofSeconds(timeoutSeconds)).build().start();
    var out = spec.commandLine().getOut();
    out.printf("SPARQL endpoint: %s (read-only; queries time out after %d s). Ctrl-C stops.%n",
        server.sparqlUrl(), timeoutSeconds);
    out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      Store.close(dsg);
    }));
    server.join();
  }
}
