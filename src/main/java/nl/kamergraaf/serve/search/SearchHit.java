package nl.kamergraaf.serve.search;

import org.apache.jena.graph.Node;

/**
 * One resource the search found, with what the results page shows of it. {@code start} and {@code
 * end} are the code points of the first match in the document's file, or -1 when the file cannot be
 * read here; {@code number} is the question's number, or null for a paper.
 */
public record SearchHit(
    Node item,
    Found found,
    Node document,
    String title,
    String date,
    String kindLabel,
    Node fractie,
    String fractieLabel,
    String number,
    double score,
    Snippet snippet,
    long start,
    long end) {

  public boolean hasSpan() {
    return start >= 0;
  }
}
