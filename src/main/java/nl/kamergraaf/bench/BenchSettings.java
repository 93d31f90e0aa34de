package nl.kamergraaf.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run measures: the corpus, a work folder it may fill, repetitions, how many
 * documents the text stages sample, client counts and requests, the child JVMs' maximum heap, and a
 * store already built from the corpus to reuse instead of building it first (and, with {@code
 * serveOnly}, only serve and query it).
 */
public record BenchSettings(
    Path corpus,
    Path work,
    Path queries,
    int repeat,
    int sample,
    List<Integer> clients,
    int requests,
    int contractRounds,
    String maxHeap,
    int threads,
    Path reuseStore,
    boolean serveOnly,
    String serverCache) {
  public BenchSettings {
    if (!serverCache.matches("0|\\d+[kKmMgG]?")) {
      throw new IllegalArgumentException(
          "--server-cache must look like 64M or 0, got " + serverCache);
    }
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1, got " + repeat);
    }
    if (sample < 1) {
      throw new IllegalArgumentException("--sample must be at least 1, got " + sample);
    }
    if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
      throw new IllegalArgumentException("--clients must be positive numbers, got " + clients);
    }
    if (requests < 1 || contractRounds < 1) {
      throw new IllegalArgumentException("--requests and --contract-rounds must be at least 1");
    }
    if (!maxHeap.matches("\\d+[kKmMgG]?")) {
      throw new IllegalArgumentException("--heap must look like 1g or 768m, got " + maxHeap);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    if (serveOnly && reuseStore == null) {
      throw new IllegalArgumentException("--serve-only needs --reuse-store: the store to serve");
    }
    clients = List.copyOf(clients);
  }
}
