package nl.kamergraaf.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.kamergraaf.ingest.api.ApiAddresses;

/**
 * Everything one fetch needs: where the API is, where the papers go, which papers, and how politely
 * to ask. Built with {@link #builder(Path)}; each value is checked when it is set.
 *
 * <pre>
 * FetchSettings s = FetchSettings.builder(Path.of("data/tk"))
 *     .since(LocalDate.of(2025, 1, 1))
 *     .dossier("21501-28")
 *     .userAgent("kamergraaf/0.1.0")
 *     .build();
 * </pre>
 */
public final class FetchSettings {
  /** The documented root of the OData v4 API. */
  public static final URI DEFAULT_API = URI.create(ApiAddresses.ROOT);

  private final URI api;
  private final Path output;
  private final Scope scope;
  private final int limit;
  private final boolean people;
  private final String userAgent;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration downloadTimeout;
  private final Retry retry;
  private final long maxFileSize;

  private FetchSettings(Builder b) {
    this.api = b.api;
    this.output = b.output;
    List<ScopeRule> rules =
        b.dossiers.isEmpty() && b.soorten.isEmpty()
            ? ScopeFile.defence()
            : b.dossiers.stream().map(ScopeRule::dossier).toList();
    this.scope = new Scope(rules, b.soorten, b.since, b.until);
    this.limit = b.limit;
    this.people = b.people;
    this.userAgent = b.userAgent;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.downloadTimeout = b.downloadTimeout;
    this.retry = b.retry;
    this.maxFileSize = b.maxFileSize;
  }

  /** Settings that write into {@code output}; everything else has its default until set. */
  public static Builder builder(Path output) {
    return new Builder(output);
  }

  /** The API root, ending in {@code /}. */
  public URI api() {
    return api;
  }

  public Path output() {
    return output;
  }

  public Scope scope() {
    return scope;
  }

  /** The most papers to take in this run; 0 for no limit. */
  public int limit() {
    return limit;
  }

  /** Whether to fetch the members and their fracties too. */
  public boolean people() {
    return people;
  }

  public String userAgent() {
    return userAgent;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for an answer's headers, and for a metadata page as a whole. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** How long one paper's file may take to arrive. */
  public Duration downloadTimeout() {
    return downloadTimeout;
  }

  public Retry retry() {
    return retry;
  }

  /** The largest file or page taken, in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /** Builds {@link FetchSettings}; every setter checks its value and names it when it is wrong. */
  public static final class Builder {
    private static final Pattern DOSSIER = Pattern.compile("\\d{1,6}(-[A-Za-z0-9]{1,10})?");

    private URI api = DEFAULT_API;
    private final Path output;
    private LocalDate since;
    private LocalDate until;
    private final List<String> dossiers = new ArrayList<>();
    private final List<String> soorten = new ArrayList<>();
    private int limit;
    private boolean people;
    private String userAgent = "kamergraaf (+https://w3id.org/kamergraaf/)";
    private Duration connectTimeout = Duration.ofSeconds(20);
    private Duration requestTimeout = Duration.ofSeconds(90);
    private Duration downloadTimeout = Duration.ofMinutes(5);
    private Retry retry = new Retry(5, Duration.ofSeconds(2), Duration.ofMinutes(2));
    private long maxFileSize = 200L << 20;

    private Builder(Path output) {
      this.output = Objects.requireNonNull(output, "output");
    }

    /** The API root; a missing final {@code /} is added. */
    public Builder api(String root) {
      String r = root.endsWith("/") ? root : root + "/";
      try {
        URI uri = new URI(r);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            || uri.getHost() == null) {
          throw new IllegalArgumentException(
              "--api must be an http(s) address, got '" + root + "'");
        }
        this.api = uri;
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "--api '" + root + "' is not an address: " + e.getMessage(), e);
      }
      return this;
    }

    public Builder since(LocalDate date) {
      this.since = date;
      return this;
    }

    public Builder until(LocalDate date) {
      this.until = date;
      return this;
    }

    /** One more dossier: its number with an optional toevoeging, "21501-28", "28676". */
    public Builder dossier(String number) {
      String n = number.strip().replace(" ", "");
      if (!DOSSIER.matcher(n).matches()) {
        throw new IllegalArgumentException(
            "--dossier '"
                + number
                + "' is not a dossier number: give "
                + "the number with an optional toevoeging after a dash, e.g. 21501-28 or 28676");
      }
      dossiers.add(n);
      return this;
    }

    /** One more document kind, as the API names it: "Brief regering", "Schriftelijke vragen". */
    public Builder soort(String soort) {
      if (soort.isBlank()) {
        throw new IllegalArgumentException("--soort cannot be empty");
      }
      soorten.add(soort.strip());
      return this;
    }

    public Builder limit(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("--limit must be 0 (no limit) or more, got " + n);
      }
      this.limit = n;
      return this;
    }

    public Builder people(boolean fetchPeople) {
      this.people = fetchPeople;
      return this;
    }

    /** The {@code User-Agent} sent: it should name kamergraaf and its version. */
    public Builder userAgent(String agent) {
      if (agent.isBlank() || agent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException(
            "a User-Agent must be printable ASCII, got '" + agent + "'");
      }
      this.userAgent = agent;
      return this;
    }

    public Builder timeouts(Duration connect, Duration request, Duration download) {
      for (Duration d : List.of(connect, request, download)) {
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("timeouts must be positive, got " + d);
        }
      }
      this.connectTimeout = connect;
      this.requestTimeout = request;
      this.downloadTimeout = download;
      return this;
    }

    public Builder retry(Retry policy) {
      this.retry = Objects.requireNonNull(policy, "retry");
      return this;
    }

    public Builder maxFileSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("the maximum file size must be positive, got " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    public FetchSettings build() {
      if (since != null && until != null && until.isBefore(since)) {
        throw new IllegalArgumentException("--until " + until + " lies before --since " + since);
      }
      return new FetchSettings(this);
    }
  }
}
