/**
 * Ingest: files become immutable {@link nl.kamergraaf.ingest.Document} records. No NLP, no RDF.
 *
 * <p>{@link nl.kamergraaf.ingest.CorpusReader} walks a folder, {@link
 * nl.kamergraaf.ingest.DocumentReader} decodes one file strictly as UTF-8 and {@link
 * nl.kamergraaf.ingest.Normaliser} turns the decoded text into one paragraph per line, with an
 * {@link nl.kamergraaf.ingest.OffsetMap} back to the decoded text so every fact can cite its source
 * span. PDF, Word and HTML files are converted to text first ({@link nl.kamergraaf.ingest.format});
 * their documents carry a {@link nl.kamergraaf.ingest.SourceMap} to pages and paragraphs. Problems
 * are reported as {@link nl.kamergraaf.ingest.IngestException}s that name the file and position.
 */
package nl.kamergraaf.ingest;
