package nl.kamergraaf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kamergraaf command run in a JVM of its own with a fixed maximum heap, so that its peak heap is
 * its own and not the harness's: the peak is read from its GC log (heap in use before each
 * collection, and at exit).
 */
final class ChildJvm {
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private final String maxHeap;
  private final Path workDir;

  ChildJvm(String maxHeap, Path workDir) {
    this.maxHeap = maxHeap;
    this.workDir = workDir;
  }

  /** A started child; {@link #finish} waits for it. */
  record Running(Process process, Path gcLog, Path output, long startNanos) {}

  /** What a child did: exit code, wall seconds, peak heap in MiB (as far as GC saw) and output. */
  record Result(int exitCode, double seconds, long peakHeapMiB, String output) {}

  Running start(String name, String... args) throws IOException {
    Path gcLog = workDir.resolve(name + "-gc.log");
    Path output = workDir.resolve(name + ".out");
    Files.deleteIfExists(gcLog);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-Xlog:gc:file=" + gcLog);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("nl.kamergraaf.Main");
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    return new Running(p, gcLog, output, System.nanoTime());
  }

  Result run(String name, String... args) throws IOException, InterruptedException {
    return finish(start(name, args));
  }

  Result finish(Running r) throws IOException, InterruptedException {
    int code = r.process().waitFor();
    double seconds = (System.nanoTime() - r.startNanos()) / 1e9;
    return new Result(
        code,
        seconds,
        peakHeapMiB(r.gcLog()),
        Files.readString(r.output(), StandardCharsets.UTF_8));
  }

  /** Stops a child that serves (SIGTERM: its shutdown hook closes the store) and waits. */
  Result stop(Running r) throws IOException, InterruptedException {
    r.process().destroy();
    return finish(r);
  }

  /** The largest heap in use the GC log shows, before any collection. */
  static long peakHeapMiB(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) {
      return -1;
    }
    long peak = 0;
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher m = GC_LINE.matcher(line);
      while (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    return peak;
  }
}
