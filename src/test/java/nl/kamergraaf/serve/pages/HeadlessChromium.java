package nl.kamergraaf.serve.pages;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Headless Chromium as the tests drive it: the DOM after scripts ran, and the console. */
final class HeadlessChromium {
  /** The page's final DOM and what the browser logged (console messages among it). */
  record Visit(String dom, String log) {
    /** Console lines that report an uncaught error or a blocked resource (CSP). */
    List<String> problems() {
      return log.lines()
          .filter(l -> l.contains(":CONSOLE"))
          .filter(
              l ->
                  l.contains("Uncaught")
                      || l.contains("Content Security Policy")
                      || l.contains("Failed to load")
                      || l.contains("ERROR"))
          .toList();
    }
  }

  private final String binary;

  private HeadlessChromium(String binary) {
    this.binary = binary;
  }

  /** The first of chromium, chromium-browser, google-chrome on the PATH, if any. */
  static Optional<HeadlessChromium> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(new HeadlessChromium(candidate.toString()));
        }
      }
    }
    return Optional.empty();
  }

  Visit visit(String url, Path work) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    Path dom = work.resolve("dom-" + System.nanoTime() + ".html");
    Path log = work.resolve("log-" + System.nanoTime() + ".txt");
    // --disable-dev-shm-usage: containers often have a tiny /dev/shm, which crashes tabs.
    Process p =
        new ProcessBuilder(
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=15000",
                "--dump-dom",
                url)
            .redirectOutput(dom.toFile())
            .redirectError(log.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish loading " + url);
    }
    return new Visit(
        Files.readString(dom, StandardCharsets.UTF_8),
        Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Writes a screenshot of {@code url} to {@code png}. */
  void screenshot(String url, Path png, int width, int height, Path work)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    Process p =
        new ProcessBuilder(
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "--virtual-time-budget=15000",
                "--screenshot=" + png,
                url)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("shot.log").toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
  }

  static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
