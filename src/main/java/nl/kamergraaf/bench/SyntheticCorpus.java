package nl.kamergraaf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Makes a scaling corpus: {@code count} synthetic documents of the genre of the templates (the
 * bundled corpus), each a {@link SyntheticDocument} of template {@code i mod templates}, named
 * {@code synthetic-<i>-<template>} and marked as synthetic on its first line.
 *
 * <p>Document {@code i} depends only on the seed, {@code i} and its template, so the first 100
 * documents of a 1,000-document corpus are the 100 of a 100-document corpus with that seed.
 *
 * <pre>
 * new SyntheticCorpus(Path.of("data/corpus"), 42).write(Path.of("/tmp/corpus-1000"), 1000);
 * </pre>
 */
public final class SyntheticCorpus {
  /** The prefix of every generated file name. */
  public static final String PREFIX = "synthetic-";

  private final List<Path> templates;
  private final long seed;

  public SyntheticCorpus(Path templateDir, long seed) {
    this.templates = templates(templateDir);
    this.seed = seed;
  }

  /**
   * Writes {@code count} documents into {@code output}, replacing the synthetic documents a
   * previous run left there. Refuses a folder that holds anything else, so a real corpus is never
   * mixed with, or overwritten by, synthetic documents.
   */
  public List<Path> write(Path output, int count) throws IOException {
    if (count < 1) {
      throw new IllegalArgumentException("the count must be at least 1, got " + count);
    }
    Files.createDirectories(output);
    try (Stream<Path> existing = Files.list(output)) {
      for (Path p : (Iterable<Path>) existing::iterator) {
        if (!p.getFileName().toString().startsWith(PREFIX)) {
          throw new IOException(
              output
                  + " holds "
                  + p.getFileName()
                  + ", which is not a synthetic "
                  + "document: give an empty folder or one made by `kamergraaf generate`");
        }
        Files.delete(p);
      }
    }
    int width = Math.max(5, Integer.toString(count - 1).length());
    List<Path> written = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Path template = templates.get(i % templates.size());
      String name = template.getFileName().toString();
      Path file = output.resolve(String.format("%s%0" + width + "d-%s", PREFIX, i, name));
      Files.writeString(file, document(i, template), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  /** The text of document {@code i}, made from {@code template}. */
  String document(int i, Path template) throws IOException {
    String text = Files.readString(template, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Random random = new Random(seed * 1_000_003L + i);
    String note = "nr. " + i + ", seed " + seed + ", naar " + template.getFileName();
    return new SyntheticDocument(random).make(text, note);
  }

  private static List<Path> templates(Path dir) {
    List<Path> found;
    try (Stream<Path> files = Files.list(dir)) {
      found =
          files
              .filter(p -> p.getFileName().toString().matches("[^.].*\\.(txt|md)"))
              .filter(p -> !p.getFileName().toString().startsWith(PREFIX))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list the templates in " + dir + ": " + e, e);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          dir
              + " holds no .txt or .md documents to make synthetic "
              + "ones from; give the bundled corpus, data/corpus");
    }
    return found;
  }
}
