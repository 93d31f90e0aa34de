/**
 * Measuring kamergraaf: a synthetic scaling corpus made from the bundled documents ({@link
 * nl.kamergraaf.bench.SyntheticCorpus}) and a fixed benchmark harness that runs every stage and its
 * baseline on the same text in one run ({@link nl.kamergraaf.bench.Benchmark}). Nothing here is
 * used by building or serving.
 */
package nl.kamergraaf.bench;
