package nl.kamergraaf.serve.feeds;

import java.time.LocalDate;

/**
 * One Atom entry: {@code id} the IRI it is about (stable across rebuilds), {@code date} the date of
 * the paper it comes from, {@code link} its page, {@code category} what kind of thing it is.
 */
public record FeedEntry(
    String id, String title, LocalDate date, String link, String summary, String category) {}
