/**
 * Input formats other than text: PDF (Apache PDFBox), Word .docx and .doc (Apache POI) and HTML
 * (jsoup), told apart by their content ({@link nl.kamergraaf.ingest.format.FormatSniffer}) and
 * converted by {@link nl.kamergraaf.ingest.format.FormatReader} into text of the shape the
 * plain-text normaliser reads: one paragraph per line, {@code **bold**}, {@code <sup>N</sup>}
 * footnote markers and definitions. Each run of that text remembers the page or paragraph and
 * offset it came from ({@link nl.kamergraaf.ingest.SourceMap}).
 *
 * <p>Hostile files are refused, never followed: password-protected and text-less PDFs, zip bombs,
 * XML entities, scripts. Every failure becomes an {@link nl.kamergraaf.ingest.IngestException}
 * naming the file and what to do.
 */
package nl.kamergraaf.ingest.format;
