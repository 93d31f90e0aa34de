package nl.kamergraaf.ingest.format;

import nl.kamergraaf.ingest.SourceMap;

/**
 * The text a converter extracted from a PDF, Word or HTML file, in the shape the plain-text
 * normaliser reads (one paragraph per line, blank lines between, {@code **bold**}, {@code
 * <sup>N</sup>} footnote markers and definition lines), and where each run of it came from in the
 * file.
 */
public record ConvertedText(String text, SourceMap sourceMap) {}
