package nl.kamergraaf.serve.cache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers a request again from memory when the same request was answered before.
 *
 * <p>A served database never changes (a build makes a new one, served by a new server), so a
 * complete answer stays right for as long as the server runs. Corpus-wide queries take seconds on a
 * thousand documents; a dashboard or a class of students sends the same ones again and again.
 * Identical requests that arrive while the first is still being answered wait for it instead of
 * running the query once each. Requests differ by method-independent parameters, path, {@code
 * Accept}, {@code Accept-Language} (pages are written in the language asked for) and {@code Host}
 * (pages link to the host they were asked on).
 *
 * <p>Only what is known to be whole is kept: SPARQL answers whose query ran to its end (see {@link
 * #COMPLETE}), and other {@code GET} answers that ended with 200 or 303; nothing larger than a set
 * size (answers are kept deflated). Responses say {@value #HEADER}: {@code hit} or {@code miss}.
 */
public final class ResponseCache implements Filter {
  /** A request attribute the SPARQL operation sets to {@code true} once its answer is whole. */
  public static final String COMPLETE = "nl.kamergraaf.query.complete";

  public static final String HEADER = "X-Kamergraaf-Cache";

  /** Default memory for kept answers. */
  public static final long DEFAULT_BYTES = 64L * 1024 * 1024;

  private final StoredAnswers answers;
  private final long largestAnswer;
  private final long waitMillis;
  private final Map<String, CompletableFuture<StoredAnswer>> running = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * @param bytes memory for kept answers; one answer may take an eighth of it at most
   * @param waitMillis how long an identical request waits for the first before it runs itself
   */
  public ResponseCache(long bytes, long waitMillis) {
    if (bytes < 1) {
      throw new IllegalArgumentException("cache size must be positive, not " + bytes);
    }
    this.answers = new StoredAnswers(bytes);
    this.largestAnswer = Math.max(1, bytes / 8);
    this.waitMillis = waitMillis;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http)
        || !(response instanceof HttpServletResponse out)
        || !cacheable(http)) {
      chain.doFilter(request, response);
      return;
    }
    String key = key(http);
    StoredAnswer stored = answers.get(key);
    if (stored == null) {
      stored = awaitRunning(key);
    }
    if (stored != null) {
      hits.incrementAndGet();
      stored.replay(out, HEADER);
      return;
    }
    misses.incrementAndGet();
    CompletableFuture<StoredAnswer> mine = new CompletableFuture<>();
    boolean first = running.putIfAbsent(key, mine) == null;
    StoredAnswer made = null;
    TeeResponse tee = new TeeResponse(out, largestAnswer);
    try {
      out.setHeader(HEADER, "miss");
      chain.doFilter(request, tee);
      tee.flushBuffer();
      made = whole(http, tee) ? tee.answer() : null;
      if (made != null) {
        answers.put(key, made);
      }
    } finally {
      tee.release();
      if (first) {
        running.remove(key, mine);
        mine.complete(made);
      }
    }
  }

  /** Answers taken from memory and answers made, since the server started. */
  public long hits() {
    return hits.get();
  }

  public long misses() {
    return misses.get();
  }

  private StoredAnswer awaitRunning(String key) throws IOException {
    CompletableFuture<StoredAnswer> first = running.get(key);
    if (first == null) {
      return null;
    }
    try {
      return first.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the same request", e);
    } catch (ExecutionException | TimeoutException e) {
      return null; // answer it ourselves
    }
  }

  private static boolean cacheable(HttpServletRequest http) {
    String method = http.getMethod();
    if ("GET".equals(method)) {
      return true;
    }
    // A form's parameters are read the same way by Fuseki; a query sent as the body is not.
    String type = http.getContentType();
    return "POST".equals(method)
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static boolean whole(HttpServletRequest http, TeeResponse tee) {
    int status = tee.getStatus();
    // 303: an entity IRI sent on to its page or data, which is as fixed as the page itself.
    if ((status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_SEE_OTHER)
        || !tee.kept()) {
      return false;
    }
    boolean sparql = http.getParameter("query") != null || http.getParameter("update") != null;
    return !sparql || Boolean.TRUE.equals(http.getAttribute(COMPLETE));
  }

  static String key(HttpServletRequest http) {
    StringBuilder key = new StringBuilder(256);
    key.append(http.getScheme())
        .append(' ')
        .append(http.getRequestURI())
        .append('\n')
        .append(String.valueOf(http.getHeader("Accept")))
        .append('\n')
        // Pages are written in the language asked for: a Dutch page is no answer to English.
        .append(String.valueOf(http.getHeader("Accept-Language")))
        .append('\n')
        .append(String.valueOf(http.getHeader("Host")))
        .append('\n');
    Map<String, String[]> sorted = new TreeMap<>(http.getParameterMap());
    sorted.forEach(
        (name, values) ->
            key.append(name).append('=').append(Arrays.toString(values)).append('\n'));
    return key.toString();
  }
}
