package nl.kamergraaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds on a real, small filesystem that fills up: a tmpfs of 4 MiB mounted in a private
 * mount namespace ({@code unshare --user --map-root-user --mount}, no privileges needed and nothing
 * visible outside), on which one paper fits and five do not. Whether the disk fills while the
 * indexes are built, while extracted quads are written, or is seen to be too small before loading,
 * the build ends with exit code 12 and says so, removes the database it began, and the database in
 * service still answers. Skipped where unprivileged mount namespaces are not allowed.
 */
@Tag("slow") // child JVMs building on a small file system filled up
class FullDiskBuildTest {
  private static final String ONE_PAPER = "002_13d841ed3eb9d257.txt";

  @TempDir static Path work;
  private static Path one;
  private static Path mount;

  @BeforeAll
  static void setUp() throws Exception {
    Assumptions.assumeTrue(unshareWorks(), "unprivileged mount namespaces are not available");
    one = Files.createDirectories(work.resolve("one"));
    Files.copy(Path.of("data/corpus", ONE_PAPER), one.resolve(ONE_PAPER));
    mount = Files.createDirectories(work.resolve("disk"));
  }

  /** The disk fills while the phased loader builds the indexes (the estimate is switched off). */
  @Test
  void aDiskThatFillsWhileIndexingEndsTheBuildAndKeepsTheDatabaseInService() throws Exception {
    String out =
        onSmallDisk(
            build(one) + "; echo \"FIRST $?\"",
            "ls $STORE > $WORK/before.txt",
            "export JAVA_OPTS=-Dkamergraaf.spaceCheck=off",
            build(Path.of("data/corpus")) + " --full; echo \"SECOND $?\"",
            "unset JAVA_OPTS",
            "ls $STORE",
            query() + "; echo \"QUERY $?\"");

    assertTrue(out.contains("FIRST 0"), out);
    assertTrue(out.contains("SECOND 12"), out);
    assertTrue(out.contains("no space left"), out);
    assertTrue(out.contains("QUERY 0") && out.contains("answered 1"), out);
    assertEquals(databases(Files.readString(work.resolve("before.txt"))), databases(out), out);
  }

  @Test
  void aDiskThatFillsWhileQuadsAreWrittenEndsTheBuildWithoutRejectingAnyDocument()
      throws Exception {
    String out =
        onSmallDisk(
            build(one) + "; echo \"FIRST $?\"",
            // Leave 64 KiB: less than the five papers' extracted quads.
            "dd if=/dev/zero of=$DISK/filler bs=1K count=$(( $(df -k --output=avail $DISK | tail -1)"
                + " - 64 )) 2>/dev/null",
            build(Path.of("data/corpus")) + " --full; echo \"SECOND $?\"",
            "rm $DISK/filler",
            query() + "; echo \"QUERY $?\"");

    assertTrue(out.contains("FIRST 0"), out);
    assertTrue(out.contains("SECOND 12"), out);
    assertTrue(!out.contains("rejected"), out);
    assertTrue(out.contains("QUERY 0") && out.contains("answered 1"), out);
  }

  @Test
  void aDiskTooSmallForTheEstimateIsSeenBeforeLoading() throws Exception {
    String out =
        onSmallDisk(
            build(one) + "; echo \"FIRST $?\"",
            "ls $STORE > $WORK/before.txt",
            build(Path.of("data/corpus")) + " --full; echo \"SECOND $?\"",
            "ls $STORE");

    assertTrue(out.contains("FIRST 0"), out);
    assertTrue(out.contains("SECOND 12"), out);
    assertTrue(out.contains("needs about"), out);
    assertEquals(databases(Files.readString(work.resolve("before.txt"))), databases(out), out);
  }

  /** Runs the commands in a shell on a fresh 4 MiB tmpfs; returns all they printed. */
  private static String onSmallDisk(String... commands) throws IOException, InterruptedException {
    String script =
        "set -u; mount -t tmpfs -o size=4m tmpfs $DISK || exit 99; " + String.join("; ", commands);
    ProcessBuilder shell =
        new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script)
            .redirectErrorStream(true);
    shell.environment().put("DISK", mount.toString());
    shell.environment().put("STORE", mount.resolve("store").toString());
    shell.environment().put("WORK", work.toString());
    Process p = shell.start();
    byte[] output = p.getInputStream().readAllBytes();
    boolean ended = p.waitFor(4, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly();
    }
    String out = new String(output, StandardCharsets.UTF_8);
    assertTrue(ended, "the builds did not end: " + out);
    return out;
  }

  private static String build(Path input) {
    return java() + " build --input " + input.toAbsolutePath() + " --store $STORE --threads 1";
  }

  private static String query() throws IOException {
    Path rq = work.resolve("count.rq");
    Files.writeString(
        rq,
        "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRENDS(STR(?g), \"002_13d841ed3eb9d257\")) }");
    return java() + " query " + rq + " --store $STORE --format csv | sed 's/^1\\r\\?$/answered 1/'";
  }

  /** The command line in a JVM of its own; a build that hangs is killed after 150 s. */
  private static String java() {
    return "timeout -s KILL 150 "
        + Path.of(System.getProperty("java.home"), "bin", "java")
        + " ${JAVA_OPTS:-} -Xmx512m -cp "
        + System.getProperty("java.class.path")
        + " nl.kamergraaf.Main";
  }

  private static List<String> databases(String listing) {
    return listing.lines().filter(l -> l.startsWith("db-")).sorted().toList();
  }

  private static boolean unshareWorks() {
    try {
      Process p =
          new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "true")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
