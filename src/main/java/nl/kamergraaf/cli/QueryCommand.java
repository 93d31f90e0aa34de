package nl.kamergraaf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.build.Store;
import nl.kamergraaf.build.text.TextIndexes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kamergraaf query}: run a query file against a store, without a server. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Run a SPARQL query file against a built store (no server needed).")
public final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.rq", description = "The query file.")
  Path file;

  @Option(names = "--store", required = true, description = "Store directory made by 'build'.")
  Path store;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description =
          "${COMPLETION-CANDIDATES} for SELECT/ASK; CONSTRUCT/DESCRIBE give Turtle (JSON-LD for json). Default: ${DEFAULT-VALUE}.")
  ResultFormat format;

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "no query file " + file);
    } catch (IOException e) {
      throw new KamergraafException("cannot read " + file + ": " + e.getMessage(), e);
    }
    var query = StoreQueries.parse(text, file.toString());
    var dsg = TextIndexes.attach(Store.open(store));
    try (Utf8Writer out = new Utf8Writer(spec.commandLine().getOut())) {
      StoreQueries.run(dsg, query, format, out);
    } finally {
      Store.close(dsg);
    }
    return ExitCodes.OK;
  }
}
