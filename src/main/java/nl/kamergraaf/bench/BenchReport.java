package nl.kamergraaf.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of one {@link Benchmark} run, filled in stage by stage, and their rendering as
 * Markdown: stages with medians, spread and ratios to their baselines, queries per client count,
 * peak heaps, and each target met or missed.
 */
public final class BenchReport {
  private final BenchSettings settings;
  private final int documents;
  private final double megabytes;
  private final Instant started = Instant.now();
  private int sampleDocuments;
  private double sampleMegabytes;
  Measured floor;
  Measured tokenize;
  Measured extractOne;
  Measured extractMany;
  Measured write;
  ChildJvm.Result firstBuild;
  final List<ChildJvm.Result> rebuilds = new ArrayList<>();
  long storeBytes;
  Measured tdbLoader;
  Measured ours;
  ServeStages.Served served;

  BenchReport(BenchSettings settings, int documents, double megabytes) {
    this.settings = settings;
    this.documents = documents;
    this.megabytes = megabytes;
  }

  void sample(int docs, double mb) {
    this.sampleDocuments = docs;
    this.sampleMegabytes = mb;
  }

  /** Whether every stage ran and every request was answered. */
  public boolean failed() {
    return served == null || served.outcomes().stream().anyMatch(o -> o.errors() > 0);
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark: ").append(documents).append(" documents\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "Run %s on %d cores, Java %s; %d documents, %.1f MB; "
                + "text stages on the first %d documents (%.2f MB); %d repetitions per stage; child JVMs "
                + "(build, serve) with -Xmx%s; %d extraction threads.%n%n",
            started.truncatedTo(ChronoUnit.SECONDS),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            documents,
            megabytes,
            sampleDocuments,
            sampleMegabytes,
            settings.repeat(),
            settings.maxHeap(),
            settings.threads()));
    if (floor != null) {
      stages(md);
    }
    queries(md);
    memory(md);
    targets(md);
    return md.toString();
  }

  private void stages(StringBuilder md) {
    md.append(
        "## Stages\n\n| stage | median s | spread s (min–max) | throughput | vs baseline |\n"
            + "|---|---:|---:|---:|---|\n");
    row(md, floor, "");
    row(md, tokenize, ratio(tokenize, floor) + " of floor");
    row(md, extractOne, ratio(extractOne, tokenize) + " of tokenizer (target ≥ 0.50)");
    if (extractMany != null) {
      row(
          md,
          extractMany,
          ratio(extractMany, tokenize)
              + " of tokenizer; "
              + ratio(extractMany, extractOne)
              + " of 1 thread");
    }
    row(md, write, "");
    row(md, tdbLoader, "");
    row(md, ours, ratio(ours, tdbLoader) + " of tdb2 phased loader (target ≥ 1.00)");
    if (firstBuild != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "| first build, `build --full` in a child JVM | %.2f | "
                  + "(1 run) | %.1f docs/s | |%n",
              firstBuild.seconds(),
              documents / firstBuild.seconds()));
    }
    Stats again = Stats.of(rebuilds.stream().map(ChildJvm.Result::seconds).toList());
    md.append(
        String.format(
            Locale.ROOT,
            "| rebuild, nothing changed, child JVM | %.2f | %.2f–%.2f " + "| %.1f docs/s | %s |%n",
            again.median(),
            again.min(),
            again.max(),
            documents / again.median(),
            firstBuild == null
                ? "first build not run here"
                : String.format(
                    Locale.ROOT,
                    "%.1f× faster than the first (target ≥ 10×)",
                    firstBuild.seconds() / again.median())));
    md.append(
        String.format(
            Locale.ROOT,
            "%nStore: %.1f MB on disk for the database in service.%n%n",
            storeBytes / 1e6));
  }

  private static void row(StringBuilder md, Measured m, String versus) {
    if (m == null) {
      return;
    }
    Stats t = m.time();
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.3f | %.3f–%.3f | %s | %s |%n",
            m.stage(),
            t.median(),
            t.min(),
            t.max(),
            rate(m),
            versus));
  }

  private static String rate(Measured m) {
    double r = m.throughput();
    return m.unit().equals("MB")
        ? String.format(Locale.ROOT, "%.2f MB/s", r)
        : String.format(Locale.ROOT, "%,.0f %s/s", r, m.unit());
  }

  private static String ratio(Measured a, Measured b) {
    if (a == null || b == null) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.2f×", a.throughput() / b.throughput());
  }

  private void queries(StringBuilder md) {
    md.append(
        "## Queries over HTTP\n\n| request | clients | requests | req/s | p50 ms | p99 ms "
            + "| max ms | answer KiB (median) | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (HttpLoad.Outcome o : served.outcomes()) {
      Stats l = o.latency();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
              o.kind(),
              o.clients(),
              o.millis().size(),
              o.throughput(),
              l.median(),
              l.p99(),
              l.max(),
              o.medianKiB(),
              o.errors()));
    }
    md.append('\n');
    served.notes().forEach(n -> md.append("- ").append(n).append('\n'));
    md.append('\n');
  }

  private void memory(StringBuilder md) {
    md.append(
        "## Peak heap (from the child JVMs' GC logs)\n\n| process | peak heap MiB |\n|---|---:|\n");
    if (firstBuild != null) {
      md.append("| first build | ").append(firstBuild.peakHeapMiB()).append(" |\n");
    }
    if (!rebuilds.isEmpty()) {
      long rebuildPeak = rebuilds.stream().mapToLong(ChildJvm.Result::peakHeapMiB).max().orElse(-1);
      md.append("| rebuild, nothing changed | ").append(rebuildPeak).append(" |\n");
    }
    md.append("| serve, during the query runs | ").append(served.peakHeapMiB()).append(" |\n\n");
  }

  private void targets(StringBuilder md) {
    md.append("## Targets\n\n");
    if (floor != null) {
      textTargets(md);
    }
    queryTargets(md);
    md.append('\n');
  }

  private void textTargets(StringBuilder md) {
    target(
        md,
        "extraction ≥ 0.5 × tokenizer",
        extractOne.throughput() / tokenize.throughput() >= 0.5,
        ratio(extractOne, tokenize));
    target(
        md,
        "store build ≥ 1.0 × tdb2 phased loader",
        ours.throughput() / tdbLoader.throughput() >= 1.0,
        ratio(ours, tdbLoader));
    if (firstBuild != null) {
      target(
          md,
          "build fits in -Xmx" + settings.maxHeap(),
          firstBuild.exitCode() == 0 || firstBuild.exitCode() == 3,
          "peak " + firstBuild.peakHeapMiB() + " MiB");
      double speedup =
          firstBuild.seconds()
              / Stats.of(rebuilds.stream().map(ChildJvm.Result::seconds).toList()).median();
      target(
          md,
          "rebuild with nothing changed ≥ 10× faster",
          speedup >= 10,
          String.format(Locale.ROOT, "%.1f×", speedup));
    }
  }

  private void queryTargets(StringBuilder md) {
    int most = settings.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
    for (HttpLoad.Outcome o : served.outcomes()) {
      if (o.clients() != most) {
        continue;
      }
      double limit =
          o.kind().startsWith("entity") ? 50 : o.kind().startsWith("contract") ? 200 : -1;
      if (limit > 0) {
        target(
            md,
            o.kind() + " p99 < " + (int) limit + " ms at " + most + " clients",
            o.latency().p99() < limit && o.errors() == 0,
            String.format(Locale.ROOT, "%.1f ms, %d errors", o.latency().p99(), o.errors()));
      }
    }
  }

  private static void target(StringBuilder md, String what, boolean met, String value) {
    md.append("- ")
        .append(met ? "met" : "**missed**")
        .append(": ")
        .append(what)
        .append(" (")
        .append(value)
        .append(")\n");
  }
}
