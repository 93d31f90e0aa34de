package nl.kamergraaf.ingest;

/**
 * A footnote: its number as printed, where its marker stood and where its body is, both in the
 * normalised text.
 */
public record Footnote(String label, Span marker, Span body) {}
