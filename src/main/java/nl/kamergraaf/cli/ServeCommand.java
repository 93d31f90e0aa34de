package nl.kamergraaf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import nl.kamergraaf.graph.Iris;
import nl.kamergraaf.graph.OpenDatabase;
import nl.kamergraaf.graph.Store;
import nl.kamergraaf.graph.text.TextIndexes;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.serve.KamergraafServer;
import nl.kamergraaf.serve.pages.LinkedDataSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kamergraaf serve}: the read-only SPARQL endpoint and the linked-data pages of a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a built store: read-only SPARQL endpoint, entity pages, exports.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, description = "Store directory made by 'build'.")
  Path store;

  @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--timeout", defaultValue = "30", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE,
      description = "Base the store's IRIs were minted under (default: ${DEFAULT-VALUE}).")
  String base;

  @Option(names = "--input", description = "Folder the store was built from, to show document texts on the pages "
      + "of a database built without its texts (builds keep them with the database).")
  Path input;

  @Mixin LimitOptions limits = new LimitOptions();

  @Override
  public Integer call() {
    serve(store, port, timeoutSeconds, base, input, limits, spec);
    return ExitCodes.OK;
  }

  static void serve(Path store, int port, long timeoutSeconds, String base, Path input,
      CommandSpec spec) {
    serve(store, port, timeoutSeconds, base, input, new LimitOptions(), spec);
  }

  static void serve(Path store, int port, long timeoutSeconds, String base, Path input,
      LimitOptions limits, CommandSpec spec) {
    if (input != null && !Files.isDirectory(input)) {
      throw new IngestException(
          "--input " + input + " is not a folder of documents (the one the store was built from)");
    }
    // The lease keeps later builds from deleting this database while it is served.
    OpenDatabase db = Store.openForServing(store);
    var dsg = TextIndexes.attach(db.dataset());
    KamergraafServer.Builder builder = limits.applyTo(KamergraafServer.builder()
        .dataset(dsg).port(port).queryTimeout(Duration.ofSeconds(timeoutSeconds)));
    LinkedDataSite site = LinkedDataSite.builder().dataset(dsg).base(base).documents(input)
        .keptTexts(db.texts().present() ? db.texts()::original : null).build();
    site.mountOn(builder);
    KamergraafServer server = builder.build().start();
    site.describeInBackground();
    var out = spec.commandLine().getOut();
    out.printf("SPARQL endpoint: %s (read-only; queries time out after %d s). Ctrl-C stops.%n",
        server.sparqlUrl(), timeoutSeconds);
    out.printf("Pages: http://localhost:%d/ · graph view: http://localhost:%d/graph%n",
        server.port(), server.port());
    out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      db.close();
    }));
    server.join();
  }
}
