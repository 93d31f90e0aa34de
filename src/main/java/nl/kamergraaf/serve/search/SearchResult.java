package nl.kamergraaf.serve.search;

import java.util.List;

/** The hits shown, best first, and how many the search found in all. */
public record SearchResult(List<SearchHit> hits, int total) {}
