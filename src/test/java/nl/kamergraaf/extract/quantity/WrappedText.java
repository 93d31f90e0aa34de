package nl.kamergraaf.extract.quantity;

/**
 * Joins the hard-wrapped lines of text taken from a PDF into one line per paragraph, roughly as
 * ingest's normaliser does, so that tests can run the finder on such a document from the corpus.
 */
final class WrappedText {
  private WrappedText() {}

  static String unwrap(String raw) {
    return raw
        // "gra-\nnaten": a word broken at the end of a line
        .replaceAll("-\\n\\s*(?=\\p{Ll})", "")
        // a line break inside a paragraph; an empty line still ends the paragraph
        .replaceAll("(?<=\\S)[ \\t]*\\n(?=[ \\t]*\\S)", " ");
  }
}
