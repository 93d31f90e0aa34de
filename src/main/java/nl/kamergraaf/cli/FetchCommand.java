package nl.kamergraaf.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kamergraaf.fetch.Fetch;
import nl.kamergraaf.fetch.FetchSettings;
import nl.kamergraaf.fetch.FetchSummary;
import nl.kamergraaf.fetch.Retry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kamergraaf fetch}: papers and their metadata from the Tweede Kamer open-data API. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description =
        "Fetch papers (PDF, Word) and their API metadata from the Tweede Kamer open-data "
            + "API into a folder that 'build' and 'up' read. Without --dossier or --soort it takes the "
            + "defence scope of data/fetch/defence-scope.tsv. A second run fetches only what is new "
            + "or changed, and removes what the API deleted.")
public final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--output",
      required = true,
      description = "Folder for the papers (created if missing).")
  Path output;

  @Option(names = "--api", description = "Root of the OData v4 API (default: ${DEFAULT-VALUE}).")
  String api = FetchSettings.DEFAULT_API.toString();

  @Option(names = "--since", description = "Only papers dated on or after this day (YYYY-MM-DD).")
  LocalDate since;

  @Option(names = "--until", description = "Only papers dated on or before this day (YYYY-MM-DD).")
  LocalDate until;

  @Option(
      names = "--dossier",
      description = "A Kamerstukdossier, e.g. 21501-28 or 28676 (repeatable).")
  List<String> dossiers = new ArrayList<>();

  @Option(
      names = "--soort",
      description = "A document kind as the API names it, e.g. \"Brief regering\" (repeatable).")
  List<String> soorten = new ArrayList<>();

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "At most this many papers (default: no limit).")
  int limit;

  @Option(
      names = "--people",
      description = "Also fetch the members and their fracties over time (people/).")
  boolean people;

  @Option(
      names = "--retries",
      defaultValue = "5",
      description =
          "Attempts per request on 429, 5xx and network failures (default: ${DEFAULT-VALUE}).")
  int attempts;

  @Override
  public Integer call() {
    FetchSettings settings;
    try {
      FetchSettings.Builder b =
          FetchSettings.builder(output)
              .api(api)
              .since(since)
              .until(until)
              .limit(limit)
              .people(people)
              .userAgent(userAgent())
              .retry(new Retry(attempts, Duration.ofSeconds(2), Duration.ofMinutes(2)));
      dossiers.forEach(b::dossier);
      soorten.forEach(b::soort);
      settings = b.build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    out.printf("Fetching from %s into %s%n", settings.api(), output);
    out.printf("  filter: %s%n", settings.scope().filter());
    out.flush();
    FetchSummary s = new Fetch(settings, new FetchProgress(out, err)).run();
    out.printf(
        "Fetched %d paper%s (%,d bytes), %d unchanged, %d with new metadata, %d removed, "
            + "%d outside the scope; %d requests in %.1f s%n",
        s.downloaded(),
        s.downloaded() == 1 ? "" : "s",
        s.bytes(),
        s.upToDate(),
        s.updated(),
        s.removed(),
        s.outOfScope(),
        s.requests(),
        s.millis() / 1000.0);
    if (!s.people().isEmpty()) {
      out.printf("People: %s%n", s.people());
    }
    if (!s.clean()) {
      err.printf("%d problem(s); the rest was fetched:%n", s.failed().size());
      s.failed().forEach(f -> err.println("  " + f));
    }
    out.flush();
    err.flush();
    return s.clean() ? ExitCodes.OK : ExitCodes.DOCUMENTS_REJECTED;
  }

  /** "kamergraaf/0.1.0 (+https://w3id.org/kamergraaf/)": names the client and its version. */
  private String userAgent() {
    String[] version = spec.root().version();
    String v = version.length == 0 ? "dev" : version[0].replaceFirst("^kamergraaf\\s*", "");
    return "kamergraaf/" + v + " (+" + URI.create("https://w3id.org/kamergraaf/") + ")";
  }
}
