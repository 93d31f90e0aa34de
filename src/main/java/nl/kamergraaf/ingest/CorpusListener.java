package nl.kamergraaf.ingest;

/**
 * Receives what {@link CorpusReader} finds, one file at a time and in source order: documents read,
 * files that could not be read, and files it left alone.
 */
public interface CorpusListener {
  /** A document was read and normalised. */
  void accepted(Document document);

  /** A document file could not be read; the others are still read. */
  void rejected(IngestException problem);

  /** A file that is not a document was left alone, e.g. because of its extension. */
  default void skipped(String source, String reason) {}

  /** A document was read, but something in it was repaired on the way (the message says what). */
  default void warned(String source, String warning) {}
}
