package nl.kamergraaf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kamergraaf.build.OpenDatabase;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.build.text.TextIndexes;
import nl.kamergraaf.ingest.IngestException;
import nl.kamergraaf.serve.KamergraafServer;
import nl.kamergraaf.serve.pages.LinkedDataSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kamergraaf serve}: the read-only SPARQL endpoint and the linked-data pages of a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    defaultValueProvider = ServeCommand.Defaults.class,
    description = "Serve a built store: read-only SPARQL endpoint, entity pages, exports.")
public final class ServeCommand implements Callable<Integer> {
  /** Queries time out after 30 s. */
  static final class Defaults extends OptionDefaults {
    Defaults() {
      super(Map.of("--timeout", "30"));
    }
  }

  @Spec CommandSpec spec;

  @Mixin ServingOptions serving = new ServingOptions();

  @Mixin LimitOptions limits = new LimitOptions();

  @Override
  public Integer call() {
    serve(serving.store(spec), serving, limits, spec);
    return ExitCodes.OK;
  }

  /** Serves {@code store} until the process stops; shared with {@code up}. */
  static void serve(Path store, ServingOptions serving, LimitOptions limits, CommandSpec spec) {
    Path input = serving.input;
    if (input != null && !Files.isDirectory(input)) {
      throw new IngestException(
          "--input " + input + " is not a folder of documents (the one the store was built from)");
    }
    Duration timeout = serving.timeout;
    // The lease keeps later builds from deleting this database while it is served.
    OpenDatabase db = Store.openForServing(store);
    var dsg = TextIndexes.attach(db.dataset());
    KamergraafServer.Builder builder =
        limits.applyTo(
            KamergraafServer.builder().dataset(dsg).port(limits.port).queryTimeout(timeout));
    LinkedDataSite site =
        LinkedDataSite.builder()
            .dataset(dsg)
            .base(serving.base)
            .documents(input)
            .keptTexts(db.texts().present() ? db.texts()::original : null)
            .maxFileSize(limits.maxFileSize)
            .build();
    site.mountOn(builder);
    KamergraafServer server = builder.build().start();
    site.describeInBackground();
    var out = spec.commandLine().getOut();
    out.printf(
        "SPARQL endpoint: %s (read-only; queries time out after %d s). Ctrl-C stops.%n",
        server.sparqlUrl(), timeout.toSeconds());
    out.printf(
        "Pages: http://localhost:%d/ · graph view: http://localhost:%d/graph%n",
        server.port(), server.port());
    out.flush();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  db.close();
                }));
    server.join();
  }
}
