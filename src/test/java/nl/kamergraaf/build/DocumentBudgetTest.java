package nl.kamergraaf.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.kamergraaf.KamergraafException;
import nl.kamergraaf.extract.DocumentExtractor;
import nl.kamergraaf.graph.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose extraction goes over its budget is rejected with the reason, and the rest of the
 * corpus is built in about the time it takes alone. The runaway: a bundled paper without full
 * stops, 400 KB on one line (100 KB of it took 12 s and allocated 1.2 GB on the development
 * machine; the bundled papers take 0.2 to 8 s and at most 0.2 GB).
 */
@Tag("slow") // a runaway document extracted until its budget stops it
class DocumentBudgetTest {
  /**
   * 400 KB: the clause reader made the one line linear (about 12 s per 100 KB on the development
   * machine), so a faster machine read 100 KB within the time budget; four times that stays far
   * above it anywhere, and the budgets stop it long before it ends.
   */
  private static final int RUNAWAY_CHARS = 400_000;

  @TempDir static Path work;
  private static Path normal;
  private static Path withRunaway;

  @BeforeAll
  static void corpora() throws IOException {
    normal = Files.createDirectories(work.resolve("normal"));
    withRunaway = Files.createDirectories(work.resolve("with-runaway"));
    for (String name : List.of("002_13d841ed3eb9d257.txt", "004_62cc81db4921119a.txt")) {
      Files.copy(Path.of("data/corpus", name), normal.resolve(name));
      Files.copy(Path.of("data/corpus", name), withRunaway.resolve(name));
    }
    String words =
        String.join(
            " ",
            Files.readString(Path.of("data/corpus/003_b076fc73ff532d15.txt"))
                .replaceAll("[.!?;:]", " ")
                .split("\\s+"));
    StringBuilder line = new StringBuilder();
    while (line.length() < RUNAWAY_CHARS) {
      line.append(words).append(' ');
    }
    Files.writeString(withRunaway.resolve("one-line.txt"), line.substring(0, RUNAWAY_CHARS) + "\n");
  }

  @Test
  void aDocumentOverItsAllocationBudgetIsRejectedAndTheOthersAreBuilt() {
    // A budget of 600 MB is ten times what 002 and 004 allocate (about 60 MB each) and an eighth
    // of what the one line would allocate (about 1.2 GB per 100 KB since the clause reader).
    DocumentBudget budget = DocumentBudget.defaults().withBytes(600L << 20);
    Built alone = build(normal, budget);
    Built both = build(withRunaway, budget);

    assertEquals(2, both.summary.built(), both.rejected.toString());
    assertEquals(1, both.rejected.size(), both.rejected.toString());
    assertTrue(
        both.rejected.get(0).startsWith("one-line.txt: extraction stopped after"),
        both.rejected.get(0));
    assertTrue(
        both.took.compareTo(alone.took.multipliedBy(2).plusSeconds(10)) < 0,
        "with the runaway: " + both.took + ", without: " + alone.took);
  }

  @Test
  void aDocumentOverItsTimeBudgetIsRejected() {
    // Far above the bundled papers' 0.2 and 0.8 s, far below the runaway's (12 s per 100 KB here).
    DocumentBudget sixSeconds = DocumentBudget.fixed(Duration.ofSeconds(6), Long.MAX_VALUE / 4);
    Built both = build(withRunaway, sixSeconds);

    assertEquals(2, both.summary.built(), both.rejected.toString());
    assertEquals(1, both.rejected.size(), both.rejected.toString());
    assertTrue(
        both.rejected.get(0).startsWith("one-line.txt: extraction stopped after")
            && both.rejected.get(0).contains("budget of 6 s"),
        both.rejected.get(0));
  }

  private record Built(BuildSummary summary, List<String> rejected, Duration took) {}

  private static Built build(Path corpus, DocumentBudget budget) {
    List<String> rejected = new ArrayList<>();
    BuildListener listener =
        new BuildListener() {
          @Override
          public void built(String source, long quads, long millis) {}

          @Override
          public void rejected(KamergraafException problem) {
            rejected.add(problem.getMessage());
          }
        };
    long start = System.nanoTime();
    BuildSummary summary =
        new CorpusBuilder(DocumentExtractor::load, Iris.defaults(), 2)
            .withBudget(budget)
            .buildStore(corpus, work.resolve("store-" + System.nanoTime()), true, listener);
    return new Built(summary, rejected, Duration.ofNanos(System.nanoTime() - start));
  }
}
