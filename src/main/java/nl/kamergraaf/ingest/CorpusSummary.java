package nl.kamergraaf.ingest;

/** How a corpus read went: documents read, document files rejected, other files skipped. */
public record CorpusSummary(int accepted, int rejected, int skipped) {}
