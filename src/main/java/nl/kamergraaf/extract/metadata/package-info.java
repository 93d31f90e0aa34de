/**
 * What a paper says about itself: identifier, kind, date, title, chamber, the meeting it concerns,
 * its committee and who signs it. Entry point {@link
 * nl.kamergraaf.extract.metadata.MetadataExtractor}.
 *
 * <p>What is data: the patterns of {@code rules/metadata.tsv} (each with its id), {@code
 * document-kinds.tsv} and {@code dossiers.tsv}. What is code: where in a paper's head to look and
 * how Dutch dates are written.
 */
package nl.kamergraaf.extract.metadata;
